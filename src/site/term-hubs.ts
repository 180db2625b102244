import type { Term } from '../taxonomy/build-taxonomy.ts';
import { crossCounts, partnersByLift } from '../taxonomy/cooccurrence.ts';
import {
  comparePeriods,
  countByMonth,
  risingItems,
  type PeriodChange,
  type Rise,
} from '../taxonomy/timeline.ts';
import type { Article, SiteData } from './articles.ts';
import type { HubData, TermRef } from './hub-data.ts';
import { namedTaxonomies } from './settings.ts';

// How much a hub and the overview show: enough to read at a glance, little enough to keep pages light.
const trendMonths = 24;
/** The months that the reading of a trend compares: the last three with the three before; a rising term's month is compared with the three before. */
export const periodSpan = 3;
/** The fewest articles in the newest month with which a term can be a rising one. */
export const risingMinCount = 3;
const relatedMinCount = 2;
const relatedLimit = 6;
const eventLimit = 5;
const matrixRows = 12;
const matrixColumns = 10;
const risingLimit = 15;
const largestLimit = 10;

/** What the hub at the top of a term's first page shows. */
export interface TermHub {
  /** The articles of each of the archive's last months, and the last three months against the three before; undefined when the term has no dated article in them. */
  trend: { months: { month: string; count: number }[]; change: PeriodChange } | undefined;
  /** In each taxonomy, the terms most associated with this one and the articles they share. */
  related: { kind: TermRef['kind']; name: string; partners: { term: Term; count: number }[] }[];
  /** The term's newest articles with an event summary, whose excerpts say what happened. */
  events: Article[];
}

/** The hub of one term, from the hub data and the articles of the build. */
export function termHub(term: Term, hubData: HubData, siteData: Pick<SiteData, 'byId'>): TermHub {
  const { months, monthById, refs, numbers, pairs, total } = hubData;
  const shownMonths = months.slice(-trendMonths);
  const counts = countByMonth(term.articleIds, monthById, shownMonths);
  const partners = partnersByLift(
    numbers.get(term)!,
    pairs,
    (number) => refs[number]!.term.count,
    total,
    relatedMinCount,
  );
  return {
    trend: counts.some((count) => count > 0)
      ? {
          months: shownMonths.map((month, index) => ({ month, count: counts[index]! })),
          change: comparePeriods(counts, periodSpan),
        }
      : undefined,
    related: namedTaxonomies
      .map(({ kind, name }) => ({
        kind,
        name,
        partners: partners
          .filter((partner) => refs[partner.term]!.kind === kind)
          .slice(0, relatedLimit)
          .map((partner) => ({ term: refs[partner.term]!.term, count: partner.count })),
      }))
      .filter((group) => group.partners.length > 0),
    events: termEvents(term, siteData),
  };
}

// A term's newest articles with an event summary, `eventLimit` at most: the hub shows what each
// article's excerpt says happened, which is the first news of its summary (see `excerpt`).
function termEvents(term: Term, { byId }: Pick<SiteData, 'byId'>): TermHub['events'] {
  const events: TermHub['events'] = [];
  for (const id of term.articleIds) {
    const article = byId.get(id)!;
    if (!article.data.hasEvents) continue;
    events.push(article);
    if (events.length === eventLimit) break;
  }
  return events;
}

/** What a hub shows, for its page's `cacheKey`: the monthly counts, the related terms' URLs, labels and counts, and the events' articles, whose records decide their excerpts. */
export function hubKey({ trend, related, events }: TermHub): unknown {
  return [
    trend,
    related.map(({ kind, partners }) => [
      kind,
      partners.map(({ term, count }) => [term.slug, term.label, count]),
    ]),
    events.map((article) => [article.id, article.digest]),
  ];
}

/** What the overview page shows. */
export interface Insights {
  /** The largest industries by the largest AI technologies, with the articles each pair shares. */
  matrix: { rows: Term[]; columns: Term[]; cells: number[][]; max: number };
  /** The month of the newest dated article, and the terms that rose most in it; undefined when no article has a date. */
  rising: { month: string; terms: Rise<TermRef>[] } | undefined;
  /** The largest terms of each taxonomy. */
  largest: { kind: TermRef['kind']; name: string; terms: Term[] }[];
}

/** The overview of the archive, from the hub data and the taxonomies of the build. */
export function buildInsights(
  hubData: HubData,
  { taxonomies }: Pick<SiteData, 'taxonomies'>,
): Insights {
  const { months, monthById, refs, numbers, pairs } = hubData;
  const rows = taxonomies.industries.terms.slice(0, matrixRows);
  const columns = taxonomies.tech.terms.slice(0, matrixColumns);
  const cells = crossCounts(
    rows.map((term) => numbers.get(term)!),
    columns.map((term) => numbers.get(term)!),
    pairs,
  );
  const recent = months.slice(-(periodSpan + 1));
  return {
    matrix: { rows, columns, cells, max: Math.max(0, ...cells.flat()) },
    rising:
      recent.length === 0
        ? undefined
        : {
            month: recent.at(-1)!,
            terms: risingItems(
              refs.map((ref) => ({
                item: ref,
                counts: countByMonth(ref.term.articleIds, monthById, recent),
              })),
              periodSpan,
              risingMinCount,
              risingLimit,
            ),
          },
    largest: namedTaxonomies.map(({ kind, name }) => ({
      kind,
      name,
      terms: taxonomies[kind].terms.slice(0, largestLimit),
    })),
  };
}
