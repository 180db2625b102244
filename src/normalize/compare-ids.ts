import { compareCodePoints } from './compare-code-points.ts';

/**
 * Orders record ids as file names are read, numbers by their value: `9_a` before `10_a`, so that
 * a scraper's sequence number orders the records. Runs of digits compare by value, the rest by
 * code point; ids equal in value (`007` and `7`) fall back to code points, so the order is total.
 */
export function compareIds(a: string, b: string): number {
  const left = a.match(/\d+|\D+/gu) ?? [];
  const right = b.match(/\d+|\D+/gu) ?? [];
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const order = comparePieces(left[index]!, right[index]!);
    if (order !== 0) return order;
  }
  return left.length - right.length || compareCodePoints(a, b);
}

function comparePieces(a: string, b: string): number {
  if (!/^\d/u.test(a) || !/^\d/u.test(b)) return compareCodePoints(a, b);
  const x = a.replace(/^0+(?=\d)/u, '');
  const y = b.replace(/^0+(?=\d)/u, '');
  return x.length - y.length || compareCodePoints(x, y);
}
