import { compareCodePoints } from '../normalize/compare-code-points.ts';
import { compareIds } from '../normalize/compare-ids.ts';

/** What places an article in site order: its id, and its date when the record has one. */
export interface Placed {
  id: string;
  date?: string | undefined;
}

/**
 * Site order, newest first: dated articles by date, then undated ones by file name, numbers by value,
 * so that a scraper's sequence number (`000123_…`) orders them.
 */
export function newestFirst(a: Placed, b: Placed): number {
  return compareCodePoints(b.date ?? '', a.date ?? '') || compareIds(b.id, a.id);
}
