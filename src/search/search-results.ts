import type { SearchFacet } from './search-document.ts';
import type { WordMatches } from './text-search.ts';

/** A search filter's terms, and once loaded, each term's articles as plain numbers, in the terms' order. */
export interface FacetTerms extends SearchFacet {
  docs?: number[][];
}

/** The order of the results: title and term matches first, or newest first. */
export type SortOrder = 'relevance' | 'latest';

/** The results of a search, in order, and for every filter value the number of results it gives. */
export interface SearchResults {
  results: number[];
  counts: Record<string, Map<string, number>>;
}

/** Turns lists of article numbers written as differences into plain numbers. */
export function readDeltas(lists: readonly number[][]): number[][] {
  return lists.map((deltas) => {
    let doc = 0;
    return deltas.map((delta) => (doc += delta));
  });
}

/**
 * Selects the articles that contain every word and carry, in each filter, at least one of the
 * chosen values (values of one filter widen, filters narrow). Counts each filter value as the
 * number of results it would give with the other filters kept, so the counts are exact. Only the
 * filters whose articles are loaded take part.
 */
export function selectResults(
  words: readonly WordMatches[],
  documents: number,
  facets: readonly FacetTerms[],
  chosen: Record<string, string[]>,
  order: SortOrder,
): SearchResults {
  const found = new Uint16Array(documents);
  const inHead = new Uint16Array(documents);
  for (const { head, body } of words) {
    for (const doc of new Set([...head, ...body])) found[doc]!++;
    for (const doc of head) inHead[doc]!++;
  }
  const loaded = facets.filter((facet): facet is Required<FacetTerms> => facet.docs !== undefined);
  const active = loaded.filter(({ filter }) => (chosen[filter] ?? []).length > 0);
  const passed = new Uint8Array(documents);
  const carriers = new Map<string, Uint8Array>();
  for (const { filter, terms, docs } of active) {
    const mask = new Uint8Array(documents);
    const selected = chosen[filter] ?? [];
    // A loaded facet has one list of articles for each of its terms.
    terms.forEach((term, index) => {
      if (selected.includes(term.label)) for (const doc of docs[index]!) mask[doc] = 1;
    });
    for (let doc = 0; doc < documents; doc++) passed[doc]! += mask[doc]!;
    carriers.set(filter, mask);
  }
  const matches = (doc: number, except?: string) =>
    found[doc] === words.length &&
    passed[doc]! - (except ? (carriers.get(except)?.[doc] ?? 0) : 0) ===
      active.length - (except && carriers.has(except) ? 1 : 0);
  const results: number[] = [];
  for (let doc = documents - 1; doc >= 0; doc--) if (matches(doc)) results.push(doc);
  if (order === 'relevance') results.sort((a, b) => inHead[b]! - inHead[a]! || b - a);
  const counts = Object.fromEntries(
    loaded.map(({ filter, terms, docs }) => [
      filter,
      new Map(
        terms.map((term, index) => [
          term.label,
          docs[index]!.filter((doc) => matches(doc, filter)).length,
        ]),
      ),
    ]),
  );
  return { results, counts };
}
