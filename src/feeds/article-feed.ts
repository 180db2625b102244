import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articlePath, sitePath } from '../paths.ts';
import { articleSummaryTexts, articleTerms, getSiteData, type Article } from '../site/articles.ts';
import { messages, settings } from '../site/settings.ts';
import { feedItem } from './feed-item.ts';

/** What a feed carries: its channel, the page it belongs to, and its articles, newest first. */
export interface FeedOptions {
  title: string;
  description: string;
  /** The site path of the page the feed belongs to; empty for the home page. */
  path: string;
  articles: Article[];
}

/** An RSS 2.0 feed of articles: title, link, the event summary or excerpt as description (see `summaryTexts`), the terms as categories, the date when known. */
export async function articleFeed(
  context: APIContext,
  { title, description, path, articles }: FeedOptions,
): Promise<Response> {
  const { taxonomies } = await getSiteData();
  const site = new URL(path || sitePath(), context.site).href;
  return rss({
    title,
    description,
    site,
    customData: `<language>${messages.feedLanguage}</language>`,
    items: articles.map((article) =>
      feedItem({
        title: article.data.title,
        link: new URL(articlePath(article.id), context.site).href,
        date: article.data.date,
        timeZone: settings.timeZone,
        description: articleSummaryTexts(article).feedHtml,
        categories: articleTerms(article, taxonomies).flatMap(({ terms }) =>
          terms.map((term) => term.label),
        ),
      }),
    ),
  });
}
