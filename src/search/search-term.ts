/** A term as the search page knows it, to offer the term's page when a query names it. */
export interface SearchTerm {
  key: string;
  label: string;
  /** The taxonomy's Chinese name (`行业`). */
  name: string;
  count: number;
  path: string;
}
