import type { ArticleRecord } from '../records/record-schema.ts';

/** The three taxonomies of the site: the URL segment, the record field, the Chinese name and the search filter. */
export const taxonomyKinds = [
  { kind: 'tags', field: 'keywords', name: '关键词', filter: 'keyword' },
  { kind: 'industries', field: 'industries', name: '行业', filter: 'industry' },
  { kind: 'tech', field: 'aiTech', name: 'AI 技术', filter: 'tech' },
] as const satisfies readonly {
  kind: string;
  field: keyof ArticleRecord;
  name: string;
  filter: string;
}[];

/** A taxonomy's URL segment: `tags`, `industries` or `tech`. */
export type TaxonomyKind = (typeof taxonomyKinds)[number]['kind'];
