import { hashText } from './hash-text.ts';

/** A run of consecutive articles, oldest first, that makes one part of the search index. */
export interface PartRange {
  /** The number of the part's first article. */
  first: number;
  /** How many articles the part holds. */
  count: number;
}

/**
 * Cuts articles, given by id oldest first, into parts of at most `maxArticles`, as content-defined
 * chunking cuts a file: a part of at least a quarter of that size ends after an article whose id
 * hashes to a multiple of a quarter of it, so where parts end depends on the ids alone. Appending
 * articles changes only the last part or adds parts after it; changing an article changes only
 * its part; removing or inserting one changes its part and seldom the next, until the next cut by
 * id. A run without such an id is cut at `maxArticles`.
 */
export function cutParts(ids: readonly string[], maxArticles: number): PartRange[] {
  const quarter = Math.max(1, Math.floor(maxArticles / 4));
  const parts: PartRange[] = [];
  let first = 0;
  ids.forEach((id, index) => {
    const count = index + 1 - first;
    if (count === maxArticles || (count >= quarter && mixedHash(id) % quarter === 0)) {
      parts.push({ first, count });
      first = index + 1;
    }
  });
  if (first < ids.length) parts.push({ first, count: ids.length - first });
  return parts;
}

// The residues of FNV-1a cluster for ids that differ only in their last digits, as a scraper's
// do, which leaves long runs without a cut; MurmurHash3's finalizer mixes every bit first.
function mixedHash(id: string): number {
  let hash = hashText(id);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
