import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articlePath, sitePath } from '../paths.ts';
import { articleExcerpt, articleTerms, getSiteData, type Article } from '../site/articles.ts';
import { derivedText } from '../site/derived-texts.ts';
import { messages, settings } from '../site/settings.ts';
import { feedDescription, feedItem } from './feed-item.ts';

/** What a feed carries: its channel, the page it belongs to, and its articles, newest first. */
export interface FeedOptions {
  title: string;
  description: string;
  /** The site path of the page the feed belongs to; empty for the home page. */
  path: string;
  articles: Article[];
}

/** An RSS 2.0 feed of articles: title, link, the event summary or excerpt as description (see `feedDescription`), the terms as categories, the date when known. */
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
        description: articleFeedDescription(article),
        categories: articleTerms(article, taxonomies).flatMap(({ terms }) =>
          terms.map((term) => term.label),
        ),
      }),
    ),
  });
}

// An article is in the site feed and in the feed of each of its terms: render its description once,
// and keep it for the next builds.
const descriptions = new Map<string, string>();

function articleFeedDescription(article: Article): string {
  // Keyed by digest too, so that a record changed in `npm run dev` is rendered again.
  const key = `${article.id}\0${article.digest}`;
  let description = descriptions.get(key);
  if (description === undefined)
    descriptions.set(
      key,
      (description = derivedText('feed', String(article.digest), () =>
        feedDescription(article.data.events, articleExcerpt(article)),
      )),
    );
  return description;
}
