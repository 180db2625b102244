import { createHash } from 'node:crypto';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchData, searchFile } from '../../../site/search-data.ts';
import { indexFamilies } from '../../../search/text-index.ts';

export const getStaticPaths = (async () => {
  const { index } = await getSearchData();
  // A shard whose bytes are unchanged is copied from the last build.
  return indexFamilies.flatMap((family) =>
    index.files[family].map((bytes, shard) => ({
      params: { family, shard: String(shard) },
      props: { bytes },
      cacheKey: createHash('sha256').update(bytes).digest('base64url'),
    })),
  );
}) satisfies GetStaticPaths;

/** One shard file of the search index. */
export const GET: APIRoute<{ bytes: Uint8Array }> = ({ props }) => searchFile(props.bytes);
