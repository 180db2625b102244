import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchData, searchFile } from '../../../site/search-data.ts';
import { indexFamilies } from '../../../search/text-index.ts';

export const getStaticPaths = (async () => {
  const { index } = await getSearchData();
  return indexFamilies.flatMap((family) => index.files[family].map((bytes, shard) => ({ params: { family, shard: String(shard) }, props: { bytes } })));
}) satisfies GetStaticPaths;

/** One shard file of the search index. */
export const GET: APIRoute<{ bytes: Uint8Array }> = ({ props }) => searchFile(props.bytes);
