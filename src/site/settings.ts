import { messages, settings } from 'virtual:news-digest/settings';
import { taxonomyKinds } from '../taxonomy/kinds.ts';

export { messages, settings };

/** The three taxonomies with the names the site shows them by. */
export const namedTaxonomies = taxonomyKinds.map((taxonomy) => ({
  ...taxonomy,
  name: settings.taxonomyNames[taxonomy.kind],
}));

/** What a numbered list page's title and heading add to say which page it is (` · 第 2 页`); nothing on the first page. */
export function pageSuffix(number: number | undefined): string {
  return number === undefined ? '' : messages.pageSuffix(number);
}
