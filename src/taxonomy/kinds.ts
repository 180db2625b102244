import type { ArticleRecord } from '../records/record-schema.ts';

/** The three taxonomies of the site: the URL segment, the record field and the Chinese name. */
export const taxonomyKinds = [
  { kind: 'tags', field: 'keywords', name: '关键词' },
  { kind: 'industries', field: 'industries', name: '行业' },
  { kind: 'tech', field: 'aiTech', name: 'AI 技术' },
] as const satisfies readonly { kind: string; field: keyof ArticleRecord; name: string }[];

/** A taxonomy's URL segment: `tags`, `industries` or `tech`. */
export type TaxonomyKind = (typeof taxonomyKinds)[number]['kind'];
