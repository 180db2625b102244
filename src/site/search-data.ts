import { gzipSync } from 'node:zlib';
import { hashSources } from '../loader/parser-salt.ts';
import { publisherName } from '../normalize/publisher.ts';
import { articlePath, termPath } from '../paths.ts';
import { indexBuild, type IndexJob } from '../search/index-build.ts';
import { cutParts } from '../search/index-parts.ts';
import { keptIndexes, keptIndexFile, keptIndexFolder } from '../search/kept-index.ts';
import { partBuilds, type PartBuilds } from '../search/part-builds.ts';
import { partFolders } from '../search/part-files.ts';
import type { SearchDocument, SearchManifest } from '../search/search-document.ts';
import { planShards, type IndexedDocument } from '../search/text-index.ts';
import { analyzeText } from '../search/analyze-text.ts';
import { messages, namedTaxonomies, settings } from './settings.ts';
import { articleTerms, getSiteData, keptTexts, type Article, type SiteData } from './articles.ts';

/** The search index of the site: articles numbered from the oldest, so that a new article does not renumber the others, in parts of consecutive articles. */
export interface SearchData {
  articles: Article[];
  /** The parts' compressed shard files, built in worker threads when needed. */
  index: PartBuilds;
  manifest: SearchManifest;
  /** For each filter, the article numbers of each of its terms, as differences. */
  facetDocs: Record<string, number[][]>;
}

let searchData: Promise<SearchData> | undefined;

/** The site's articles, given newest first, in the order the search numbers them: oldest first, so that a new article does not renumber the others. */
export function searchOrder(articles: readonly Article[]): Article[] {
  return articles.toReversed();
}

/** Builds the search index from the collection once per build; the search endpoints write its files. */
export function getSearchData(): Promise<SearchData> {
  searchData ??= getSiteData().then(({ articles, taxonomies }) => {
    const oldestFirst = searchOrder(articles);
    const number = new Map(oldestFirst.map((article, index) => [article.id, index]));
    const parts = indexParts(oldestFirst);
    const workerUrl = new URL(import.meta.env.SEARCH_INDEX_WORKER);
    const newest = newestPart(parts);
    const index = partBuilds(
      new Map(parts.map(({ key, articles }) => [key, () => articles.map(indexedDocument)])),
      (documents) => planShards(documents, settings.searchFileBytes),
      (job, key) => indexBuild(key === newest?.key ? { ...job, ...newest.job } : job, workerUrl),
      partFolders(import.meta.env.NEWS_DIGEST_CACHE),
      import.meta.env.SEARCH_INDEX_OUTPUT || undefined,
    );
    const facets = namedTaxonomies.map(({ kind, name, filter }) => ({
      filter,
      name,
      terms: taxonomies[kind].terms.map((term) => ({
        label: term.label,
        path: termPath(kind, term.slug),
        count: term.count,
      })),
    }));
    const facetDocs = Object.fromEntries(
      namedTaxonomies.map(({ kind, filter }) => [
        filter,
        taxonomies[kind].terms.map((term) =>
          toDeltas(term.articleIds.map((id) => number.get(id)!).sort((a, b) => a - b)),
        ),
      ]),
    );
    return {
      articles: oldestFirst,
      index,
      manifest: {
        documents: oldestFirst.length,
        parts: parts.map(({ key, first, articles }) => ({
          key,
          first,
          documents: articles.length,
          shards: index.shards(key),
        })),
        facets,
      },
      facetDocs,
    };
  });
  return searchData;
}

/**
 * Cuts the articles, oldest first, into the parts of the index (see `cutParts`), each with its key:
 * a hash of its articles' records, of the indexing code and of the settings that shape the index,
 * which names the folder of its files, so that a part whose key is unchanged keeps its files.
 */
function indexParts(oldestFirst: Article[]): IndexPart[] {
  const ids = oldestFirst.map((article) => article.id);
  return cutParts(ids, settings.searchPartArticles).map(({ first, count }) => {
    const articles = oldestFirst.slice(first, first + count);
    return { key: partKey(articles), first, articles };
  });
}

interface IndexPart {
  key: string;
  first: number;
  articles: Article[];
}

// The code that turns articles into shard files runs in the worker, outside the site's bundle, so
// Astro does not see it change: it is part of the parts' keys. All of the search code, to miss none.
const indexSources = import.meta.glob<string>(['../search/*.ts', '../normalize/fold.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const indexCode = hashSources({
  ...indexSources,
  // The language decides whether words are stemmed, and the file size how a part is sharded.
  settings: JSON.stringify([settings.lang, settings.searchFileBytes]),
});

function partKey(articles: readonly Article[]): string {
  return hashSources({
    code: indexCode,
    articles: articles.map((article) => `${article.id}\0${article.digest}`).join('\n'),
  }).slice(0, 16);
}

/**
 * The newest part's key, and what its build is given beyond its articles: where to keep its index
 * once built, and the index kept by the build that last built it, when that part held the first
 * articles of this one, as it does when a day's records are only added after it. Its key names
 * those articles and the indexing code, so an index kept of other articles or by other code is
 * never gone on from.
 */
function newestPart(
  parts: readonly IndexPart[],
): { key: string; job: Pick<IndexJob, 'resume' | 'keep'> } | undefined {
  const newest = parts.at(-1);
  if (!newest) return undefined;
  const folder = keptIndexFolder(import.meta.env.NEWS_DIGEST_CACHE);
  const from = keptIndexes(folder).find(
    ({ key, count }) =>
      count <= newest.articles.length && partKey(newest.articles.slice(0, count)) === key,
  );
  return {
    key: newest.key,
    job: {
      resume: from && { file: from.file, count: from.count },
      keep: keptIndexFile(folder, newest.key, newest.articles.length),
    },
  };
}

/** What is searched of an article, as the record writes it, in the site's language (see `analyzeText`): its title and terms, then its text and event summary. */
function indexedDocument(article: Article): IndexedDocument {
  const { title, keywords, aiTech, industries } = article.data;
  const { text, events } = keptTexts(article);
  const analyze = (field: string) => analyzeText(field, messages.stem);
  return {
    head: [title, ...keywords, ...aiTech, ...industries].map(analyze),
    body: [text ?? '', events ?? ''].map(analyze),
  };
}

/** What the search page shows of an article when it is a result. */
export function searchDocument(
  article: Article,
  taxonomies: SiteData['taxonomies'],
): SearchDocument {
  const { title, date, link } = article.data;
  const { text, events } = keptTexts(article);
  return {
    url: articlePath(article.id),
    title,
    date: date ?? null,
    source: link ? publisherName(link) : null,
    terms: Object.fromEntries(
      articleTerms(article, taxonomies).map(({ filter, terms }) => [
        filter,
        terms.map((term) => term.label),
      ]),
    ),
    text: [text ?? '', events ?? '']
      .map((field) => field.replace(/\s+/gu, ' ').trim())
      .filter(Boolean),
  };
}

/**
 * A search file as the browser fetches it: gzip-compressed by the build, whatever the host does, at
 * gzip's default level, as the index worker compresses shards (the highest level made the files
 * 0.1 % smaller in 1.3 to 1.6 times the time).
 */
export function searchFile(body: Uint8Array | string): Response {
  return compressedSearchFile(gzipSync(body));
}

/** A search file the build has already compressed. */
export function compressedSearchFile(compressed: Uint8Array<ArrayBuffer>): Response {
  return new Response(compressed, { headers: { 'Content-Type': 'application/octet-stream' } });
}

function toDeltas(sorted: number[]): number[] {
  return sorted.map((value, index) => value - (index === 0 ? 0 : sorted[index - 1]!));
}
