import type { Term } from './build-taxonomy.ts';

// Terms on more articles than this say little about what two articles share, and would make
// the search for neighbours quadratic on large sites.
const maxTermCount = 500;

/** What ranking the articles of one `order` needs, kept across calls: every article is scored by its place, not its id. */
interface Ranking {
  ids: string[];
  scores: Float64Array;
  places: WeakMap<Term, Int32Array>;
}

const rankings = new WeakMap<ReadonlyMap<string, number>, Ranking>();

function rankingOf(order: ReadonlyMap<string, number>): Ranking {
  let ranking = rankings.get(order);
  if (!ranking) {
    const ids: string[] = [];
    for (const [id, place] of order) ids[place] = id;
    ranking = { ids, scores: new Float64Array(ids.length), places: new WeakMap() };
    rankings.set(order, ranking);
  }
  return ranking;
}

/**
 * Ranks the articles that share terms with an article: each shared term adds more the rarer it is
 * (1 / log2(1 + count)); ties go to the article nearest to it in `order` (site order, newest
 * first), which gives every article its place, 0 to n-1, and between two as near, to the newer.
 * Among equally related articles, those of its own time are likelier to tell the same story, and
 * a day's new articles do not take the place of older ones they only tie with, so the older
 * articles' pages stay as they were.
 */
export function findRelated(
  id: string,
  terms: readonly Term[],
  order: ReadonlyMap<string, number>,
  limit = 5,
): string[] {
  const { ids, scores, places } = rankingOf(order);
  const self = order.get(id);
  const scored: number[] = [];
  for (const term of terms) {
    if (term.count > maxTermCount) continue;
    const weight = 1 / Math.log2(1 + term.count);
    let sharing = places.get(term);
    if (!sharing)
      places.set(term, (sharing = Int32Array.from(term.articleIds, (other) => order.get(other)!)));
    for (const other of sharing) {
      if (other === self) continue;
      if (scores[other] === 0) scored.push(other);
      scores[other]! += weight;
    }
  }
  // Keep the best `limit` in one pass: sorting every candidate costs too much on large sites.
  const distance = (place: number) => Math.abs(place - self!);
  const ahead = (a: number, b: number) =>
    scores[b]! - scores[a]! || distance(a) - distance(b) || a - b;
  const best: number[] = [];
  for (const candidate of scored) {
    // Most candidates share one common term: once `limit` are kept, they fall behind the last.
    const last = best[limit - 1];
    if (last !== undefined && ahead(candidate, last) >= 0) continue;
    const at = best.findIndex((kept) => ahead(candidate, kept) < 0);
    best.splice(at === -1 ? best.length : at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  // The scores are kept for the next article: clear what this one set.
  for (const other of scored) scores[other] = 0;
  return best.map((place) => ids[place]!);
}
