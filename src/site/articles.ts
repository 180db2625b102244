import { isMainThread } from 'node:worker_threads';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ArticleTexts, articleTextsDir, type KeptTexts } from '../loader/article-texts.ts';
import {
  recordTexts,
  type ArticleBody,
  type RecordTexts,
  type SummaryTexts,
} from '../markdown/summary-texts.ts';
import { termKey } from '../normalize/term-key.ts';
import { buildTaxonomy, type Taxonomy, type Term } from '../taxonomy/build-taxonomy.ts';
import { taxonomyKinds, type TaxonomyKind } from '../taxonomy/kinds.ts';
import { findRelated } from '../taxonomy/related.ts';
import { derivedTexts, pruneDerivedTexts } from './derived-texts.ts';
import { pageKey } from './page-key.ts';
import { paginate, type ListPage } from './paginate.ts';
import { settings, namedTaxonomies } from './settings.ts';
import { newestFirst } from './site-order.ts';

/** A published article as the pages read it. */
export type Article = CollectionEntry<'articles'>;

/** Every article in site order with lookups, and the three taxonomies, computed once per build. */
export interface SiteData {
  articles: Article[];
  byId: Map<string, Article>;
  position: Map<string, number>;
  taxonomies: Record<TaxonomyKind, Taxonomy>;
}

// Every page reads the same data: the collection is sorted and the taxonomies built only once.
let siteData: Promise<SiteData> | undefined;

/** The articles in site order, newest first (see `newestFirst`), and their taxonomies. */
export function getSiteData(): Promise<SiteData> {
  siteData ??= getCollection('articles').then((entries) => {
    // Once per build, on the thread that writes the site.
    if (isMainThread) pruneDerivedTexts(new Set(entries.map(digestOf)));
    const articles = entries.sort((a, b) =>
      newestFirst({ id: a.id, date: a.data.date }, { id: b.id, date: b.data.date }),
    );
    return {
      articles,
      byId: new Map(articles.map((article) => [article.id, article])),
      position: new Map(articles.map((article, index) => [article.id, index])),
      taxonomies: buildTaxonomies(articles),
    };
  });
  return siteData;
}

/** The three taxonomies of articles given in site order: keywords, industries and AI technologies. */
export function buildTaxonomies(articles: readonly Article[]): Record<TaxonomyKind, Taxonomy> {
  return Object.fromEntries(
    taxonomyKinds.map(({ kind, field }) => [
      kind,
      buildTaxonomy(articles.map(({ id, data }) => ({ id, terms: data[field] }))),
    ]),
  ) as Record<TaxonomyKind, Taxonomy>;
}

/** The pages of the latest articles, numbered from the oldest `pageSize` articles (see `paginate`). */
export function homePages({ articles }: SiteData): ListPage<Article>[] {
  return paginate(articles, settings.pageSize);
}

/** The pages of the articles of one term, numbered from the oldest `pageSize` articles (see `paginate`). */
export function termPages(term: Term, { byId }: SiteData): ListPage<Article>[] {
  return paginate(
    term.articleIds.map((id) => byId.get(id)!),
    settings.pageSize,
  );
}

/** The terms of one article in each taxonomy, in the order the record lists them. */
export function articleTerms(article: Article, taxonomies: SiteData['taxonomies']): TermGroup[] {
  return cached(taxonomyCache(termGroups, taxonomies), article, () =>
    namedTaxonomies.map(({ kind, name, field, filter }) => {
      const keys = new Set(article.data[field].map(termKey));
      return {
        kind,
        name,
        filter,
        terms: [...keys].map((key): Term => taxonomies[kind].byKey.get(key)!),
      };
    }),
  );
}

/** An article's terms in one taxonomy, with the taxonomy's URL segment, name and search filter. */
export type TermGroup = Omit<(typeof namedTaxonomies)[number], 'field'> & { terms: Term[] };

/** What the card of an article in a list shows: the article, its excerpt and the keywords it links to. */
export interface ArticleCard {
  article: Article;
  excerpt: string;
  keywords: Pick<TermGroup, 'kind' | 'terms'>;
}

// A card shows a few keywords: enough to scan by, few enough to stay one line.
const cardTermCount = 3;

/** The cards of a list of articles. */
export async function getArticleCards(articles: Article[]): Promise<ArticleCard[]> {
  const { taxonomies } = await getSiteData();
  return articles.map((article) => {
    // `taxonomyKinds` opens with the keywords.
    const keywords = articleTerms(article, taxonomies)[0]!;
    return {
      article,
      excerpt: articleSummaryTexts(article).excerpt,
      keywords: { kind: keywords.kind, terms: keywords.terms.slice(0, cardTermCount) },
    };
  });
}

/** What an article page shows around the article: its terms, related articles, and its newer and older neighbours. */
export interface ArticleContext {
  termGroups: TermGroup[];
  related: Article[];
  newer: Article | undefined;
  older: Article | undefined;
}

/** The context of an article's page (see `ArticleContext`), computed once per build for each article. */
export function articleContext(article: Article, siteData: SiteData): ArticleContext {
  const { articles, byId, position, taxonomies } = siteData;
  return cached(taxonomyCache(contexts, taxonomies), article, () => {
    const termGroups = articleTerms(article, taxonomies);
    const index = position.get(article.id)!;
    const related = findRelated(
      article.id,
      termGroups.flatMap(({ terms }) => terms),
      position,
      settings.relatedCount,
    ).map((id) => byId.get(id)!);
    return { termGroups, related, newer: articles[index - 1], older: articles[index + 1] };
  });
}

// Cards, feeds and pages show the same excerpt and summary of an article many times over. They are
// cached by the article's entry, which the collection makes anew when its record changes, so that
// a changed record is never served stale.
const summaries: ArticleCache<SummaryTexts> = new WeakMap();
// An article's terms, and its key, which holds their slugs and labels, depend on other articles as
// well: they are cached for the taxonomies they were computed from.
const termGroups: TaxonomyCache<TermGroup[]> = new WeakMap();
const keys: TaxonomyCache<string> = new WeakMap();
const contexts: TaxonomyCache<ArticleContext> = new WeakMap();

type ArticleCache<T> = WeakMap<Article, T>;
type TaxonomyCache<T> = WeakMap<SiteData['taxonomies'], ArticleCache<T>>;

function taxonomyCache<T>(caches: TaxonomyCache<T>, taxonomies: SiteData['taxonomies']) {
  let cache = caches.get(taxonomies);
  if (!cache) caches.set(taxonomies, (cache = new WeakMap()));
  return cache;
}

function cached<T>(cache: ArticleCache<T>, article: Article, compute: () => T): T {
  let value = cache.get(article);
  if (value === undefined) cache.set(article, (value = compute()));
  return value;
}

/** The text and event summary of an article, as its record has them; kept beside the content store, so read when they are shown. */
export function keptTexts(article: Article): KeptTexts {
  const texts = new ArticleTexts(articleTextsDir(import.meta.env.NEWS_DIGEST_CACHE));
  return texts.read(digestOf(article), article.id);
}

// The loader stores every record with the digest of its file.
const digestOf = (article: Article) => String(article.digest);

/** The excerpt, event summary and feed description of an article (see `summaryTexts`). */
export function articleSummaryTexts(article: Article): SummaryTexts {
  // Held for every article a thread shows; what its page shows of its text is read again for its one page.
  return cached(summaries, article, () => splitRecordTexts(articleRecordTexts(article)).summary);
}

/** What an article's page shows of its text (see `ArticleBody`). */
export function articleBody(article: Article): ArticleBody {
  const { summary, body } = splitRecordTexts(articleRecordTexts(article));
  // Its page shows its summary texts too: they are held from the same read.
  cached(summaries, article, () => summary);
  return body;
}

function splitRecordTexts({ textHtml, readingUnits, ...summary }: RecordTexts): {
  summary: SummaryTexts;
  body: ArticleBody;
} {
  return { summary, body: { ...(textHtml !== undefined && { textHtml }), readingUnits } };
}

function articleRecordTexts(article: Article): RecordTexts {
  return derivedTexts(digestOf(article), () => {
    const { text, events } = keptTexts(article);
    return recordTexts(events, () => text);
  });
}

/**
 * What any page can show of an article, for the pages' `cacheKey`s: a hash of its record, by the
 * digest of its file, and of the URLs and labels of its terms, which depend on other articles.
 */
export function articleKey(article: Article, taxonomies: SiteData['taxonomies']): string {
  return cached(taxonomyCache(keys, taxonomies), article, () =>
    pageKey([
      article.id,
      article.digest,
      articleTerms(article, taxonomies).map(({ terms }) =>
        terms.map(({ slug, label }) => [slug, label]),
      ),
    ]),
  );
}
