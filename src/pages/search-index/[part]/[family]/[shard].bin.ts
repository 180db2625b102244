import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { compressedSearchFile, getSearchData } from '../../../../site/search-data.ts';
import { partFile } from '../../../../search/part-files.ts';
import { indexFamilies, type IndexFamily } from '../../../../search/text-index.ts';

export const getStaticPaths = (async () => {
  const { manifest, index } = await getSearchData();
  // A part's files sit in a folder named by its key, a hash of its articles and of the indexing
  // code, kept in Astro's cache folder: a part is built, in a worker thread while the site
  // renders, only when one of those changes. A build links the folders into the output itself,
  // outside Astro's routes (see `manifest.bin.ts`), so it lists none of them; the dev server
  // serves them as pages.
  index.start();
  if (import.meta.env.SEARCH_INDEX_OUTPUT) return [];
  return manifest.parts.flatMap(({ key, shards }) =>
    indexFamilies.flatMap((family) =>
      Array.from({ length: shards[family] }, (_, shard) => ({
        params: { part: key, family, shard: String(shard) },
      })),
    ),
  );
}) satisfies GetStaticPaths;

/** One shard file of one part of the search index, in the dev server. */
export const GET: APIRoute = async ({ params }) => {
  const { index } = await getSearchData();
  const folder = await index.folder(params.part!);
  return compressedSearchFile(
    readFileSync(join(folder, partFile(params.family as IndexFamily, Number(params.shard)))),
  );
};
