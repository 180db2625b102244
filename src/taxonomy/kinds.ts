import type { ArticleRecord } from '../records/record-schema.ts';

/** The three taxonomies of the site: the URL segment, the record field and the search filter; their names are settings. */
export const taxonomyKinds = [
  { kind: 'tags', field: 'keywords', filter: 'keyword' },
  { kind: 'industries', field: 'industries', filter: 'industry' },
  { kind: 'tech', field: 'aiTech', filter: 'tech' },
] as const satisfies readonly {
  kind: string;
  field: keyof ArticleRecord;
  filter: string;
}[];

/** A taxonomy's URL segment: `tags`, `industries` or `tech`. */
export type TaxonomyKind = (typeof taxonomyKinds)[number]['kind'];
