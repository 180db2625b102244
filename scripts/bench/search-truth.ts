import type { PublishedRecord } from '../../src/records/check-seeds.ts';

// The ground truth of search, for the bench and the search-quality test. It is written apart from
// the product's search code, so that a mistake there cannot hide in the truth as well: text is
// folded with NFKC and lower case, white space collapsed; a query's words are separated by spaces,
// and a quoted phrase ("…", “…”, 「…」) is one word.
const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');
const queryWords = (query: string) =>
  Array.from(
    query.normalize('NFKC').matchAll(/["“”「」]([^"“”「」]*)["“”「」]|([^\s"“”「」]+)/gu),
    (match) => fold(match[1] ?? match[2] ?? '').trim(),
  ).filter(Boolean);

/** How the results a search page showed for one query compare with the articles that contain its words. */
export interface QueryScore {
  /** Articles that contain every word of the query. */
  truth: number;
  /** Shown first-page results that contain every word, over those shown; undefined when none is shown. */
  precision: number | undefined;
  /** Articles containing every word among the first page, over the first page's size (at most `pageSize`); undefined when no article contains them. */
  recall: number | undefined;
}

/** The fields a search looks into, folded: the title, the text, the event summary and every keyword, AI technology and industry. */
export function searchedFields({ record }: PublishedRecord): string[] {
  const fields = [
    record.title,
    record.text ?? '',
    record.events ?? '',
    ...record.keywords,
    ...record.aiTech,
    ...record.industries,
  ];
  return fields.map(fold);
}

/** The ids of the articles in which every word of the query occurs in one of the fields, by literal containment. */
export function articlesContaining(
  query: string,
  articles: ReadonlyMap<string, readonly string[]>,
): Set<string> {
  const words = queryWords(query);
  const found = new Set<string>();
  if (words.length === 0) return found;
  for (const [id, fields] of articles) {
    if (words.every((word) => fields.some((field) => field.includes(word)))) found.add(id);
  }
  return found;
}

/** Scores the first page of results a search page showed against the articles that contain the query's words. */
export function scoreFirstPage(
  shown: readonly string[],
  truth: ReadonlySet<string>,
  pageSize: number,
): QueryScore {
  const correct = shown.filter((id) => truth.has(id)).length;
  return {
    truth: truth.size,
    precision: shown.length === 0 ? undefined : correct / shown.length,
    recall: truth.size === 0 ? undefined : correct / Math.min(pageSize, truth.size),
  };
}
