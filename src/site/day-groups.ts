import { dayOf, formatDay } from '../normalize/dates.ts';
import { hubText } from './hub-strings.ts';
import { settings } from './settings.ts';

/** Items of one day under its heading; `date` is the day (`YYYY-MM-DD`), undefined for the items without a date. */
export interface DayGroup<T> {
  date: string | undefined;
  heading: string;
  items: T[];
}

/**
 * Groups a list in site order (newest first, undated last) under day headings. A heading names the
 * year only when it differs from the first heading's, so a page across a new year stays clear.
 */
export function groupByDay<T>(
  items: readonly T[],
  dateOf: (item: T) => string | undefined,
): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  let firstYear: string | undefined;
  for (const item of items) {
    const written = dateOf(item);
    const date = written === undefined ? undefined : dayOf(written);
    firstYear ??= date?.slice(0, 4);
    const last = groups.at(-1);
    if (last && last.date === date) last.items.push(item);
    else
      groups.push({
        date,
        heading: date
          ? formatDay(
              date,
              settings.lang,
              settings.timeZone,
              hubText.dayHeading,
              date.slice(0, 4) !== firstYear,
            )
          : hubText.undatedDay,
        items: [item],
      });
  }
  return groups;
}
