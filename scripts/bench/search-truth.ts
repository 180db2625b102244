import { foldText } from '../../src/normalize/fold.ts';
import type { PublishedRecord } from '../../src/records/check-seeds.ts';
import { parseQuery } from '../../src/search/query.ts';

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
  return fields.map(foldText);
}

/** The ids of the articles in which every word of the query occurs in one of the fields, by literal containment. */
export function articlesContaining(
  query: string,
  articles: ReadonlyMap<string, readonly string[]>,
): Set<string> {
  const words = parseQuery(query).map((word) => foldText(word.text));
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
