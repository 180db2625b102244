import type { APIRoute, GetStaticPaths } from 'astro';
import { articleKey, getSiteData, type Article } from '../../../site/articles.ts';
import { cacheKey } from '../../../site/page-key.ts';
import { searchDocument, searchFile, searchOrder } from '../../../site/search-data.ts';

export const getStaticPaths = (async () => {
  const { articles, taxonomies } = await getSiteData();
  // Numbered as the index numbers them, without building the index: any thread renders these files.
  return searchOrder(articles).map((article, number) => ({
    params: { number: String(number) },
    props: { article },
    ...cacheKey(() => articleKey(article, taxonomies)),
  }));
}) satisfies GetStaticPaths;

/** What the search page shows of the article numbered `number` when it is a result. */
export const GET: APIRoute = async ({ props }) => {
  const { taxonomies } = await getSiteData();
  return searchFile(JSON.stringify(searchDocument(props.article as Article, taxonomies)));
};
