import type { APIRoute, GetStaticPaths } from 'astro';
import { termPath } from '../../paths.ts';
import type { SearchTerm } from '../../search/search-term.ts';
import { termBucket, termBuckets } from '../../search/term-bucket.ts';
import { getSiteData } from '../../site/articles.ts';
import { taxonomyKinds } from '../../taxonomy/kinds.ts';

export const getStaticPaths = (() => termBuckets.map((bucket) => ({ params: { bucket } }))) satisfies GetStaticPaths;

/** The terms whose key falls in one bucket, with their pages, for the search page to offer when a query names a term. */
export const GET: APIRoute = async ({ params }) => {
  const { taxonomies } = await getSiteData();
  const terms = taxonomyKinds.flatMap(({ kind, name }) =>
    taxonomies[kind].terms
      .filter(({ key }) => termBucket(key) === params.bucket)
      .map(({ key, label, count, slug }): SearchTerm => ({ key, label, name, count, path: termPath(kind, slug) })),
  );
  return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json' } });
};
