import type { APIRoute } from 'astro';
import { getSearchData, searchFile } from '../../site/search-data.ts';

/** The size of the search index and the search filters, which the search page loads as it opens. */
export const GET: APIRoute = async () =>
  searchFile(JSON.stringify((await getSearchData()).manifest));
