import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchData, searchFile } from '../../../site/search-data.ts';
import { taxonomyKinds } from '../../../taxonomy/kinds.ts';

export const getStaticPaths = (() =>
  taxonomyKinds.map(({ filter }) => ({ params: { filter } }))) satisfies GetStaticPaths;

/** The articles of every term of one filter, which the search page loads when the filter is used. */
export const GET: APIRoute = async ({ params }) =>
  searchFile(JSON.stringify((await getSearchData()).facetDocs[params.filter!]));
