import type { APIRoute, GetStaticPaths } from 'astro';
import { compressedSearchFile, getSearchData } from '../../../../site/search-data.ts';
import { indexFamilies, type IndexFamily } from '../../../../search/text-index.ts';

export const getStaticPaths = (async () => {
  const { manifest, index } = await getSearchData();
  // A part's files sit in a folder named by its key, a hash of its articles and of the indexing
  // code: they are restored from the last build, and the part is not even built, until one of
  // those changes, which renders the files of that part alone. The parts the last build did not
  // write start building now, in a worker thread, while the rest of the site renders: the
  // index's files come in the second half of the build (see `spreadRoutes`).
  index.start();
  return manifest.parts.flatMap(({ key, shards }) =>
    indexFamilies.flatMap((family) =>
      Array.from({ length: shards[family] }, (_, shard) => ({
        params: { part: key, family, shard: String(shard) },
        cacheKey: key,
      })),
    ),
  );
}) satisfies GetStaticPaths;

/** One shard file of one part of the search index. */
export const GET: APIRoute = async ({ params }) => {
  const { index } = await getSearchData();
  const files = await index.files(params.part!);
  return compressedSearchFile(files[params.family as IndexFamily][Number(params.shard)]!);
};
