/** The parts of Pagefind's browser API (`pagefind.js`) that the search page uses. */
export interface PagefindApi {
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  /** Adds another index, by the URL of its folder, to every later search. */
  mergeIndex(path: string): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<PagefindSearch>;
}

/** Counts of results per filter value, by filter name. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One search's results, and how many results each filter value would leave. */
export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}

/** A result, whose content is loaded on demand. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

/** The content of a result page. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
