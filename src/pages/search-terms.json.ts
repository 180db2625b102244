import type { APIRoute } from 'astro';
import { termPath } from '../paths.ts';
import type { SearchTerm } from '../search/search-term.ts';
import { getSiteData } from '../site/articles.ts';
import { taxonomyKinds } from '../taxonomy/kinds.ts';

/** Every term with its page, for the search page to offer when a query names a term. */
export const GET: APIRoute = async () => {
  const { taxonomies } = await getSiteData();
  const terms = taxonomyKinds.flatMap(({ kind, name }) =>
    taxonomies[kind].terms.map(({ key, label, count, slug }): SearchTerm => ({ key, label, name, count, path: termPath(kind, slug) })),
  );
  return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json' } });
};
