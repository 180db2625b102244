// Months are `YYYY-MM` strings, which sort as they follow each other; dates are the records' `YYYY-MM-DD`.

/** The month of a `YYYY-MM-DD` date: `YYYY-MM`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month `offset` months after a month (before it when negative). */
export function addMonths(month: string, offset: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + number - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last`, in order; none when `last` comes before `first`. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** How many of the articles fall in each of `months`, in their order; articles without a month, or in another month, are not counted. */
export function countByMonth(
  articleIds: Iterable<string>,
  monthById: ReadonlyMap<string, string>,
  months: readonly string[],
): number[] {
  const position = new Map(months.map((month, index) => [month, index]));
  const counts = months.map(() => 0);
  for (const id of articleIds) {
    const index = position.get(monthById.get(id) ?? '');
    if (index !== undefined) counts[index]!++;
  }
  return counts;
}

/** The articles of the last `span` months of a monthly series and of the `span` months before, and the change in percent (undefined when there were none before). */
export interface PeriodChange {
  recent: number;
  before: number;
  change: number | undefined;
}

/** Compares the last `span` months of a monthly series with the `span` months before them. */
export function comparePeriods(counts: readonly number[], span: number): PeriodChange {
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const recent = sum(counts.slice(-span));
  const before = sum(counts.slice(-2 * span, -span));
  const change = before === 0 ? undefined : Math.round(((recent - before) / before) * 100);
  return { recent, before, change };
}

/** A term that rose: its articles in the last month and its monthly mean over the months before. */
export interface Rise<T> {
  item: T;
  current: number;
  average: number;
}

/**
 * The items whose count in the last month of their series rose most against their monthly mean
 * over the `span` months before: by the ratio of the two, each plus one so that a term new with
 * few articles does not outrank a large one that doubled; an item needs `minCount` articles in
 * the last month and more than its mean. Ties keep the order the items were given in.
 */
export function risingItems<T>(
  series: Iterable<{ item: T; counts: readonly number[] }>,
  span: number,
  minCount: number,
  limit: number,
): Rise<T>[] {
  const rises: (Rise<T> & { score: number })[] = [];
  for (const { item, counts } of series) {
    const current = counts.at(-1) ?? 0;
    const average = comparePeriods(counts.slice(0, -1), span).recent / span;
    if (current < minCount || current <= average) continue;
    rises.push({ item, current, average, score: (current + 1) / (average + 1) });
  }
  rises.sort((a, b) => b.score - a.score || b.current - a.current);
  return rises.slice(0, limit).map(({ item, current, average }) => ({ item, current, average }));
}
