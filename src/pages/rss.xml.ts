import type { APIRoute } from 'astro';
import { articleFeed } from '../feeds/article-feed.ts';
import { getSiteData } from '../site/articles.ts';
import { settings } from '../site/settings.ts';

/** The RSS feed of the whole site. */
export const GET: APIRoute = async (context) => {
  const { articles } = await getSiteData();
  return articleFeed(context, {
    title: settings.title,
    description: settings.description,
    path: '',
    articles: articles.slice(0, settings.feedSize),
  });
};
