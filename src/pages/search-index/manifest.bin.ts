import type { APIRoute } from 'astro';
import { getSearchData, searchFile } from '../../site/search-data.ts';

/**
 * The size of the search index and the search filters, which the search page loads as it opens.
 * Rendered by every build, it waits until the index's parts are written (see `PartBuilds`), so
 * that the build ends with them and fails when one cannot be built.
 */
export const GET: APIRoute = async () => {
  const { manifest, index } = await getSearchData();
  await index.written();
  return searchFile(JSON.stringify(manifest));
};
