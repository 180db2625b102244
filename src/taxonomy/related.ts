import type { Term } from './build-taxonomy.ts';

// Terms on more articles than this say little about what two articles share, and would make
// the search for neighbours quadratic on large sites.
const maxTermCount = 500;

/**
 * Ranks the articles that share terms with an article: each shared term adds more the rarer it is
 * (1 / log2(1 + count)); ties go to the article that comes first in `order` (newest first).
 */
export function findRelated(id: string, terms: readonly Term[], order: ReadonlyMap<string, number>, limit = 5): string[] {
  const scores = new Map<string, number>();
  for (const term of terms) {
    if (term.count > maxTermCount) continue;
    const weight = 1 / Math.log2(1 + term.count);
    for (const other of term.articleIds) if (other !== id) scores.set(other, (scores.get(other) ?? 0) + weight);
  }
  return [...scores]
    .sort(([a, x], [b, y]) => y - x || order.get(a)! - order.get(b)!)
    .slice(0, limit)
    .map(([other]) => other);
}
