import type { TaxonomyKind } from '../taxonomy/kinds.ts';
import type { PeriodChange } from '../taxonomy/timeline.ts';

/** The interface languages of the site. */
export const languages = ['zh-CN', 'en'] as const;

/** An interface language: `zh-CN` or `en`. */
export type Language = (typeof languages)[number];

/** Every interface string of the site in one language; functions fill in counts and names. */
export interface Messages {
  /** The language tag of `<html lang>` and JSON-LD `inLanguage`. */
  lang: Language;
  /** The Open Graph locale (`zh_CN`). */
  ogLocale: string;
  /** The `<language>` of the RSS feeds (`zh-cn`). */
  feedLanguage: string;
  /** Reduces a lower-case Latin word to its stem for search (`models` → `model`); left out where words are matched as written. */
  stem?: (word: string) => string;
  /** The site description when the publisher sets none. */
  description: string;
  /** The footer notice when the publisher sets none. */
  footer: string;
  /** The taxonomies' names when the publisher sets none. */
  taxonomyNames: Record<TaxonomyKind, string>;
  /** A page's description when it has none of its own: the site name and description. */
  siteDescription: (title: string, description: string) => string;
  siteFeedTitle: (title: string) => string;
  skipLink: string;
  mainNav: string;
  siteSearch: string;
  searchArticles: string;
  search: string;
  breadcrumb: string;
  home: string;
  source: string;
  readingTime: (minutes: number) => string;
  /** Two names joined by "and". */
  both: (first: string, second: string) => string;
  keyPoints: string;
  related: string;
  neighbours: string;
  newer: string;
  older: string;
  notFound: string;
  /** The 404 text around its two links: before, the home link, between, the search link, after. */
  notFoundText: readonly [string, string, string, string, string];
  latest: string;
  /** What a numbered list page's title adds (` · 第 2 页`). */
  pageSuffix: (number: number) => string;
  subscribe: string;
  /** What follows the feed link on the home page. */
  subscribeLead: string;
  topTerms: string;
  popularTerms: (name: string) => string;
  allTerms: (name: string) => string;
  allTermsByName: (name: string) => string;
  termIndexDescription: (count: number, name: string, byName: boolean) => string;
  termCount: (count: number, name: string) => string;
  sortOrder: string;
  byCount: string;
  byName: string;
  /** The term filter's status; `{n}` and `{q}` stand for the number of terms shown and the text typed. */
  filterFound: (name: string) => string;
  filterNone: (name: string) => string;
  filterLabel: (name: string) => string;
  filterPlaceholder: string;
  jumpToInitial: string;
  otherInitial: string;
  articleCount: (count: number) => string;
  /** A term's article count beside its name in an index. */
  termArticles: (count: number) => string;
  termTitle: (name: string, label: string) => string;
  termDescription: (name: string, label: string, count: number) => string;
  /** The description of a numbered page of a term, which shows no count, as counts change with every new article. */
  termPageDescription: (name: string, label: string) => string;
  termFeedTitle: (name: string, label: string) => string;
  termFeedDescription: (name: string, label: string) => string;
  pagination: string;
  /** The pagination bar's step to the newer page and to the older one. */
  newerPage: string;
  olderPage: string;
  /** The pagination bar's link to the first page of a list, which shows the newest articles. */
  latestPage: string;
  pageLabel: (number: number) => string;
  searchDescription: (names: readonly string[]) => string;
  articleSearch: string;
  searchLabel: string;
  searchPlaceholder: string;
  /** The search page without JavaScript: before the taxonomy links, between them, and after. */
  searchNoScript: readonly [string, string, string, string];
  filters: string;
  relevance: string;
  newest: string;
  showMore: string;
  browseAll: string;
  listSeparator: string;
  searchUnavailable: string;
  searchResultsTitle: (query: string, title: string) => string;
  searchPrompt: string;
  searching: string;
  searchStatus: (count: number, query: string, filtered: boolean) => string;
  showMoreCount: (rest: number) => string;
  termSuggestion: (name: string, label: string, count: number) => string;
  nearTerms: string;
  nearTerm: (label: string, count: number) => string;
  activeFilter: (name: string, values: readonly string[]) => string;
  activeFilters: (filters: readonly string[]) => string;
  clearFilters: string;
  filterBy: (name: string) => string;
  showAllValues: (count: number) => string;
  /** The term hubs, the month archives and the overview. */
  hub: HubMessages;
}

/** The interface text of the term hubs, the month archives and the overview. */
export interface HubMessages {
  /** Shows a `YYYY-MM` month: `2024年12月`, `December 2024`. */
  formatMonth: (month: string) => string;
  /** The one-line reading of a trend: `近 3 个月 42 篇，较前 3 个月 +35%`. */
  trendReading: (change: PeriodChange, span: number) => string;
  /** The title of a bar or a cell: what it counts, in words. */
  countTitle: (what: string, count: number) => string;
  trend: string;
  trendMost: (count: number) => string;
  trendTable: string;
  month: string;
  articles: string;
  related: string;
  relatedNote: string;
  events: string;
  /** A day heading: the day and its weekday in the language's order, `12月30日 周一`, `Mon, December 30`. */
  dayHeading: (day: string, weekday: string) => string;
  undatedDay: string;
  archive: string;
  archiveLead: (months: number, articles: number) => string;
  archiveUndated: string;
  year: (year: string) => string;
  count: (count: number) => string;
  monthLead: (count: number) => string;
  monthPager: string;
  newerMonth: string;
  olderMonth: string;
  insights: string;
  insightsTitle: string;
  insightsDescription: string;
  matrix: string;
  matrixCaption: (rows: number, columns: number) => string;
  matrixCorner: string;
  rising: (month: string) => string;
  risingLead: (span: number, minCount: number) => string;
  risingNone: string;
  risingTerm: string;
  risingKind: string;
  risingCurrent: string;
  risingAverage: string;
  undated: string;
}
