import { countCooccurrence, type Cooccurrence } from '../taxonomy/cooccurrence.ts';
import type { Term } from '../taxonomy/build-taxonomy.ts';
import { taxonomyKinds, type TaxonomyKind } from '../taxonomy/kinds.ts';
import { monthOf, monthsBetween } from '../taxonomy/timeline.ts';
import { getSiteData, type Article, type SiteData } from './articles.ts';
import { paginate, type ListPage } from './paginate.ts';
import { settings } from './settings.ts';

/** A term with its taxonomy. */
export interface TermRef {
  kind: TaxonomyKind;
  term: Term;
}

/** The articles of one month, in site order (newest first). */
export interface ArchiveMonth {
  month: string;
  articles: Article[];
}

/** What the hubs, the month archives and the overview read: one pass over the collection. */
export interface HubData {
  /** Every month from the first dated article's to the last one's; none when no article has a date. */
  months: string[];
  /** The months that have articles, newest first. */
  archive: ArchiveMonth[];
  /** The month of each dated article, by id. */
  monthById: Map<string, string>;
  /** Every term of the three taxonomies, numbered in taxonomy order, and each term's number. */
  refs: TermRef[];
  numbers: Map<Term, number>;
  /** The articles each pair of terms shares, by term number. */
  pairs: Cooccurrence;
  /** The number of articles. */
  total: number;
}

/** Builds the data of the hubs, the archives and the overview in one pass over the articles and their terms. */
export function buildHubData({
  articles,
  taxonomies,
}: Pick<SiteData, 'articles' | 'taxonomies'>): HubData {
  const monthById = new Map<string, string>();
  const byMonth = new Map<string, Article[]>();
  for (const article of articles) {
    const { date } = article.data;
    if (date === undefined) continue;
    const month = monthOf(date);
    monthById.set(article.id, month);
    const list = byMonth.get(month);
    if (list) list.push(article);
    else byMonth.set(month, [article]);
  }
  const archive = [...byMonth]
    .map(([month, list]) => ({ month, articles: list }))
    .sort((a, b) => (a.month < b.month ? 1 : -1));
  const refs = taxonomyKinds.flatMap(({ kind }) =>
    taxonomies[kind].terms.map((term): TermRef => ({ kind, term })),
  );
  const termsOf = new Map<string, number[]>(articles.map((article) => [article.id, []]));
  refs.forEach(({ term }, number) => {
    for (const id of term.articleIds) termsOf.get(id)!.push(number);
  });
  return {
    months: archive.length === 0 ? [] : monthsBetween(archive.at(-1)!.month, archive[0]!.month),
    archive,
    monthById,
    refs,
    numbers: new Map(refs.map(({ term }, number) => [term, number])),
    pairs: countCooccurrence(termsOf.values()),
    total: articles.length,
  };
}

let hubData: Promise<HubData> | undefined;

/** The hub data of this build, computed once from the site data. */
export function getHubData(): Promise<HubData> {
  hubData ??= getSiteData().then(buildHubData);
  return hubData;
}

/** The pages of the articles of one month, numbered from the oldest `pageSize` articles (see `paginate`). */
export function archivePages({ articles }: ArchiveMonth): ListPage<Article>[] {
  return paginate(articles, settings.pageSize);
}
