import type { APIRoute, GetStaticPaths } from 'astro';
import { compressedSearchFile, getSearchData } from '../../../site/search-data.ts';
import { indexFamilies, type IndexFamily } from '../../../search/text-index.ts';

export const getStaticPaths = (async () => {
  const { manifest, indexKey } = await getSearchData();
  // Shards are restored from the last build while no article and no indexing code has changed, so
  // that the index is not even built; any change renders them all, as it can change every shard.
  return indexFamilies.flatMap((family) =>
    Array.from({ length: manifest.shards[family] }, (_, shard) => ({
      params: { family, shard: String(shard) },
      cacheKey: indexKey,
    })),
  );
}) satisfies GetStaticPaths;

/** One shard file of the search index. */
export const GET: APIRoute = async ({ params }) => {
  const files = await (await getSearchData()).index.files();
  return compressedSearchFile(files[params.family as IndexFamily][Number(params.shard)]!);
};
