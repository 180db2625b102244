import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articlePath, sitePath } from '../paths.ts';
import { articleExcerpt, articleSummaryHtml, articleTerms, getSiteData, type Article } from '../site/articles.ts';

/** What a feed carries: its channel, the page it belongs to, and its articles, newest first. */
export interface FeedOptions {
  title: string;
  description: string;
  /** The site path of the page the feed belongs to; empty for the home page. */
  path: string;
  articles: Article[];
}

/** An RSS 2.0 feed of articles: title, link, the event summary as description, the terms as categories, the date when known. */
export async function articleFeed(context: APIContext, { title, description, path, articles }: FeedOptions): Promise<Response> {
  const { taxonomies } = await getSiteData();
  const site = new URL(path || sitePath(), context.site).href;
  return rss({
    title,
    description,
    site,
    customData: '<language>zh-cn</language>',
    items: articles.map((article) => {
      const { title: itemTitle, date } = article.data;
      return {
        title: itemTitle,
        link: new URL(articlePath(article.id), context.site).href,
        description: articleSummaryHtml(article) ?? articleExcerpt(article),
        pubDate: date ? new Date(`${date}T00:00:00+08:00`) : undefined,
        categories: articleTerms(article, taxonomies).flatMap(({ terms }) => terms.map((term) => term.label)),
      };
    }),
  });
}
