import { messages, settings } from 'virtual:news-digest/settings';
import { taxonomyKinds } from '../taxonomy/kinds.ts';

export { messages, settings };

/** The three taxonomies with the names the site shows them by. */
export const namedTaxonomies = taxonomyKinds.map((taxonomy) => ({
  ...taxonomy,
  name: settings.taxonomyNames[taxonomy.kind],
}));
