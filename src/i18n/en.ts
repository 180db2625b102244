import { stemmer } from 'stemmer';
import type { Messages } from './messages.ts';

const plurals = new Intl.PluralRules('en');
// `count` with the noun in the form English needs for it: `1 article`, `2 articles`.
const counted = (count: number, one: string, other: string) =>
  `${count.toLocaleString('en')} ${plurals.select(count) === 'one' ? one : other}`;
// A taxonomy's name inside a sentence: `Keywords` becomes `keywords`, `AI technologies` stays.
const inSentence = (name: string) =>
  /^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
const list = new Intl.ListFormat('en', { type: 'conjunction' });
const either = new Intl.ListFormat('en', { type: 'disjunction' });
const months = new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'long' });

/** The interface in English. */
export const en: Messages = {
  lang: 'en',
  ogLocale: 'en_US',
  feedLanguage: 'en',
  stem: stemmer,
  description: 'The day’s selected news of the AI industry.',
  footer:
    'Summaries are generated from news records; the original articles belong to their authors.',
  taxonomyNames: { tags: 'Keywords', industries: 'Industries', tech: 'AI technologies' },
  siteDescription: (title, description) => `${title}: ${description}`,
  siteFeedTitle: (title) => `${title}: latest articles`,
  skipLink: 'Skip to content',
  mainNav: 'Main',
  siteSearch: 'Site search',
  searchArticles: 'Search articles',
  search: 'Search',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  source: 'Source: ',
  readingTime: (minutes) => `${minutes} min read`,
  both: (first, second) => list.format([first, second]),
  keyPoints: 'Key points',
  related: 'Related articles',
  neighbours: 'Newer and older articles',
  newer: 'Newer',
  older: 'Older',
  notFound: 'Page not found',
  notFoundText: [
    'The page you are looking for does not exist or has moved. Go back to the ',
    'home page',
    ' or ',
    'search the articles',
    '.',
  ],
  latest: 'Latest articles',
  pageSuffix: (number) => ` · page ${number}`,
  subscribe: 'Subscribe via RSS',
  subscribeLead: ' to get every new article.',
  topTerms: 'Popular topics',
  popularTerms: (name) => `Popular ${inSentence(name)}`,
  allTerms: (name) => `All ${inSentence(name)}`,
  allTermsByName: (name) => `All ${inSentence(name)} (by name)`,
  termIndexDescription: (count, name, byName) =>
    `All ${count.toLocaleString('en')} ${inSentence(name)} with their article counts, by ${byName ? 'name' : 'number of articles'}.`,
  termCount: (count) => `${counted(count, 'term', 'terms')} in all.`,
  sortOrder: 'Order',
  byCount: 'By number of articles',
  byName: 'By name',
  filterFound: () => '{n} names contain “{q}”.',
  filterNone: () => 'No name contains “{q}”.',
  filterLabel: (name) => `Filter ${inSentence(name)}`,
  filterPlaceholder: 'Type part of a name',
  jumpToInitial: 'Jump to an initial',
  otherInitial: 'Other',
  articleCount: (count) => counted(count, 'article', 'articles'),
  termArticles: (count) => counted(count, 'article', 'articles'),
  termTitle: (name, label) => `${name}: ${label}`,
  termDescription: (name, label, count) =>
    `${counted(count, 'article', 'articles')} under ${inSentence(name)} “${label}”.`,
  termPageDescription: (name, label) => `Articles under ${inSentence(name)} “${label}”.`,
  termFeedTitle: (name, label) => `Latest articles under ${inSentence(name)} “${label}”`,
  termFeedDescription: (name, label) => `The latest articles under ${inSentence(name)} “${label}”.`,
  pagination: 'Pages',
  newerPage: 'Newer',
  olderPage: 'Older',
  latestPage: 'Latest',
  pageLabel: (number) => `Page ${number}`,
  searchDescription: (names) =>
    `Search every news digest by ${list.format(names.map(inSentence))}.`,
  articleSearch: 'Article search',
  searchLabel: 'Search words',
  searchPlaceholder: 'For example: robotics, chip, “large language model”',
  searchNoScript: ['Search needs JavaScript; you can also browse by ', ', ', ' or ', '.'],
  filters: 'Filters',
  relevance: 'Relevance',
  newest: 'Newest',
  showMore: 'Show more results',
  browseAll: 'Browse all ',
  listSeparator: ', ',
  searchUnavailable: 'Search is unavailable right now. Please try again later.',
  searchResultsTitle: (query, title) => `Results for “${query}” - ${title}`,
  searchPrompt: 'Type a word to search, for example “model” or “chip design”.',
  searching: 'Searching…',
  searchStatus: (count, query, filtered) => {
    const scope = [query && `containing “${query}”`, filtered && 'matching the filters']
      .filter(Boolean)
      .join(' and ');
    return count === 0
      ? `No articles found ${scope}.`
      : `Found ${counted(count, 'article', 'articles')} ${scope}.`;
  },
  showMoreCount: (rest) => `Show more results (${rest.toLocaleString('en')} more)`,
  termSuggestion: (name, label, count) =>
    `See all ${counted(count, 'article', 'articles')} under ${inSentence(name)} “${label}”`,
  nearTerms: 'Similar topics: ',
  nearTerm: (label, count) => `${label} (${count.toLocaleString('en')})`,
  activeFilter: (name, values) => `${name}: ${either.format(values)}`,
  activeFilters: (filters) => `Filtered by ${filters.join('; ')}.`,
  clearFilters: 'Clear filters',
  filterBy: (name) => `Filter by ${inSentence(name)}`,
  showAllValues: (count) => `Show all ${count.toLocaleString('en')}`,
  hub: {
    formatMonth: (month) => months.format(new Date(`${month}-01T00:00:00Z`)),
    trendReading: ({ recent, before, change }, span) => {
      if (recent === 0 && before === 0) return `No articles in the last ${span * 2} months`;
      const compared =
        change === undefined
          ? `none in the ${span} months before`
          : `${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(change)}% on the ${span} months before`;
      return `${counted(recent, 'article', 'articles')} in the last ${span} months, ${compared}`;
    },
    countTitle: (what, count) => `${what}: ${counted(count, 'article', 'articles')}`,
    trend: 'Articles by month',
    trendMost: (count) => `at most ${counted(count, 'article', 'articles')}`,
    trendTable: 'The numbers by month',
    month: 'Month',
    articles: 'Articles',
    related: 'Often together',
    relatedNote:
      'By lift: the terms that appear with it more often than across all articles; the number is of the articles they share.',
    events: 'Latest key events',
    dayHeading: (day, weekday) => `${weekday}, ${day}`,
    undatedDay: 'Undated',
    archive: 'Archive by month',
    archiveLead: (months, articles) =>
      `${counted(months, 'month', 'months')} and ${counted(articles, 'dated article', 'dated articles')}, by month of publication.`,
    archiveUndated:
      'None of these articles gives a date, so none can be archived by month. Once records give a `Date`, each month’s articles are listed here.',
    year: (year) => year,
    count: (count) => counted(count, 'article', 'articles'),
    monthLead: (count) => counted(count, 'article', 'articles'),
    monthPager: 'Newer and older months',
    newerMonth: 'Newer month',
    olderMonth: 'Older month',
    insights: 'Insights',
    insightsTitle: 'Industry and technology insights',
    insightsDescription:
      'How industries and AI technologies meet, the fastest rising terms of the month and the largest terms of each taxonomy.',
    matrix: 'Industries × AI technologies',
    matrixCaption: (rows, columns) =>
      `The ${rows} industries and ${columns} AI technologies with the most articles: each cell counts the articles in both; the darker, the more.`,
    matrixCorner: 'Industry \\ AI technology',
    rising: (month) => `Rising fastest in ${month}`,
    risingLead: (span, minCount) =>
      `The keywords, industries and AI technologies whose articles grew most this month against the monthly average of the ${span} months before (at least ${minCount} this month).`,
    risingNone: 'No term rose markedly this month.',
    risingTerm: 'Name',
    risingKind: 'Taxonomy',
    risingCurrent: 'This month',
    risingAverage: 'Monthly average before',
    undated:
      'None of these articles gives a date. Once records give a `Date`, this page also lists the fastest rising terms of each month, term pages show trends by month, and articles can be browsed by month.',
  },
};
