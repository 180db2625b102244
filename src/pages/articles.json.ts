import type { APIRoute } from 'astro';
import { articleEntries } from '../site/article-entries.ts';
import { getSiteData } from '../site/articles.ts';

/** Every article with its URL, title, source link, date and terms, newest first, for other tools. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(articleEntries(await getSiteData(), site)), {
    headers: { 'Content-Type': 'application/json' },
  });
