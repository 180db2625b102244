import type { FilterCounts, PagefindApi, PagefindResult } from './pagefind-api.ts';
import type { QueryWord } from './query.ts';

/** What a search found: results best first, whether any word matched only loosely, and facet counts. */
export interface SearchOutcome {
  results: PagefindResult[];
  loose: boolean;
  counts: FilterCounts;
}

/**
 * Searches so that every word must be present: each word is first looked up as an exact phrase
 * (Pagefind's loose search splits Chinese names into single characters and matches unrelated
 * pages); an unquoted word with no exact match falls back to the loose search. Several words are
 * searched one by one and their results intersected, since Pagefind silently drops a word that
 * matches nothing. With no words, the filters alone select the articles. While older parts of the
 * index are still to be searched, `allowLoose` is false: a word missing from the newest parts is
 * dropped by Pagefind's loose search, which would then match every page.
 */
export async function runSearch(pagefind: PagefindApi, words: readonly QueryWord[], filters: Record<string, string[]>, allowLoose: boolean): Promise<SearchOutcome> {
  if (words.length === 0) {
    const { results, filters: counts } = await pagefind.search(null, { filters });
    return { results, loose: false, counts };
  }
  let loose = false;
  const searches = [];
  for (const word of words) {
    let search = await pagefind.search(`"${word.text}"`, { filters });
    if (search.results.length === 0 && !word.quoted && allowLoose) {
      search = await pagefind.search(word.text, { filters });
      loose ||= search.results.length > 0;
    }
    searches.push(search);
  }
  // Counting the intersection exactly would mean loading every result; the counts of the most
  // selective word are an upper bound that costs nothing more (and exact for a single word).
  const narrowest = searches.reduce((best, search) => (search.results.length < best.results.length ? search : best));
  const byWord = searches.map(({ results }) => new Map(results.map((result) => [result.id, result.score])));
  const results = searches[0].results
    .filter((result) => byWord.every((scores) => scores.has(result.id)))
    .map((result) => ({ ...result, score: byWord.reduce((sum, scores) => sum + scores.get(result.id)!, 0) }))
    .sort((a, b) => b.score - a.score);
  return { results, loose, counts: narrowest.filters };
}
