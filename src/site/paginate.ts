/** One page of a paginated list: its items, its 1-based number and the number of pages. */
export interface ListPage<T> {
  items: T[];
  number: number;
  count: number;
}

/** Splits a list into pages of `size` items; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
  }));
}

/** The paths of the pages before and after a page, where there are such pages. */
export function neighbourPages(
  page: { number: number; count: number },
  pagePath: (number: number) => string,
): { prev?: string | undefined; next?: string | undefined } {
  return {
    prev: page.number > 1 ? pagePath(page.number - 1) : undefined,
    next: page.number < page.count ? pagePath(page.number + 1) : undefined,
  };
}

/**
 * The page numbers a pagination bar shows, in order: the first and the last page, and the pages
 * within `radius` of the current one, with `'gap'` for each run of pages left out. A gap never
 * stands for a single page: that page is shown instead, as it takes no more room.
 */
export function pageWindow(current: number, count: number, radius: number): (number | 'gap')[] {
  const shown = (number: number) =>
    number === 1 || number === count || Math.abs(number - current) <= radius;
  const slots: (number | 'gap')[] = [];
  for (let number = 1; number <= count; number++) {
    if (shown(number) || (shown(number - 1) && shown(number + 1))) slots.push(number);
    else if (slots.at(-1) !== 'gap') slots.push('gap');
  }
  return slots;
}
