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
  termFeedTitle: (name, label) => `Latest articles under ${inSentence(name)} “${label}”`,
  termFeedDescription: (name, label) => `The latest articles under ${inSentence(name)} “${label}”.`,
  pagination: 'Pages',
  previousPage: 'Previous',
  nextPage: 'Next',
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
};
