import { foldText } from '../normalize/fold.ts';

/** A term the search page can offer, with its page and article count. */
export interface OfferedTerm {
  label: string;
  path: string;
  count: number;
  /** The taxonomy's name as the site shows it (`行业`). */
  name: string;
}

/** The terms whose label is the query itself, after folding. */
export function namedTerms(query: string, terms: readonly OfferedTerm[]): OfferedTerm[] {
  const key = foldText(query).trim();
  return terms.filter((term) => foldText(term.label).trim() === key);
}

/**
 * The terms nearest to a query that found nothing: those sharing the most of its characters
 * (at least half of them), then the most used.
 */
export function nearestTerms(
  query: string,
  terms: readonly OfferedTerm[],
  limit = 8,
): OfferedTerm[] {
  const characters = new Set(Array.from(foldText(query).replace(/\s/gu, '')));
  const needed = Math.max(1, Math.ceil(characters.size / 2));
  return terms
    .map((term) => {
      const label = new Set(Array.from(foldText(term.label)));
      return { term, shared: [...characters].filter((character) => label.has(character)).length };
    })
    .filter(({ shared }) => shared >= needed)
    .sort((a, b) => b.shared - a.shared || b.term.count - a.term.count)
    .slice(0, limit)
    .map(({ term }) => term);
}
