import type { Term } from './build-taxonomy.ts';

// Terms on more articles than this say little about what two articles share, and would make
// the search for neighbours quadratic on large sites.
const maxTermCount = 500;

/**
 * Ranks the articles that share terms with an article: each shared term adds more the rarer it is
 * (1 / log2(1 + count)); ties go to the article that comes first in `order` (newest first).
 */
export function findRelated(
  id: string,
  terms: readonly Term[],
  order: ReadonlyMap<string, number>,
  limit = 5,
): string[] {
  const scores = new Map<string, number>();
  for (const term of terms) {
    if (term.count > maxTermCount) continue;
    const weight = 1 / Math.log2(1 + term.count);
    for (const other of term.articleIds)
      if (other !== id) scores.set(other, (scores.get(other) ?? 0) + weight);
  }
  // Keep the best `limit` in one pass: sorting every candidate costs too much on large sites.
  const ahead = ([a, x]: [string, number], [b, y]: [string, number]) =>
    y - x || order.get(a)! - order.get(b)!;
  const best: [string, number][] = [];
  for (const candidate of scores) {
    const at = best.findIndex((kept) => ahead(candidate, kept) < 0);
    best.splice(at === -1 ? best.length : at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(([other]) => other);
}
