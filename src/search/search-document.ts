import type { IndexManifest } from './text-search.ts';

/** What the search page shows of one result, from `search-index/docs/<number>.bin`. */
export interface SearchDocument {
  url: string;
  title: string;
  date: string | null;
  /** The publisher of the source link (see `publisherName`). */
  source: string | null;
  /** The article's term labels by search filter (`keyword`, `industry`, `tech`). */
  terms: Record<string, string[]>;
  /** The article's text and event summary, white space collapsed, for the excerpt around a match. */
  text: string[];
}

/** One term as a search filter and suggestion: its label, page and article count. */
export interface SearchFacetTerm {
  label: string;
  path: string;
  count: number;
}

/**
 * The terms of one taxonomy as a search filter. The articles of each term are in
 * `search-index/facets/<filter>.bin`: for each term in this order, its article numbers, ascending,
 * each written as the difference from the one before.
 */
export interface SearchFacet {
  filter: string;
  /** The taxonomy's name as the site shows it (`行业`). */
  name: string;
  terms: SearchFacetTerm[];
}

/** What the search page loads as it opens (`search-index/manifest.bin`): the index's parts and the filters. */
export interface SearchManifest extends IndexManifest {
  facets: SearchFacet[];
}
