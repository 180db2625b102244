import type { APIRoute, GetStaticPaths } from 'astro';
import { articleEntries } from '../site/article-entries.ts';
import { articleKey, getSiteData } from '../site/articles.ts';
import { cacheKey } from '../site/page-key.ts';

// `/articles.json`, a route with one page so that it can have a `cacheKey`, like the pages, and is
// left as the last build wrote it while no article changes.
export const getStaticPaths = (async () => {
  const { articles, taxonomies } = await getSiteData();
  return [
    {
      params: { list: 'articles' },
      ...cacheKey(() => [
        import.meta.env.SITE,
        articles.map((article) => articleKey(article, taxonomies)),
      ]),
    },
  ];
}) satisfies GetStaticPaths;

/** Every article with its URL, title, source link, date and terms, newest first, for other tools. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(articleEntries(await getSiteData(), site)), {
    headers: { 'Content-Type': 'application/json' },
  });
