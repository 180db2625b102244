/** One page of a paginated list: its items, its 1-based number and the number of pages. */
export interface ListPage<T> {
  items: T[];
  number: number;
  count: number;
}

/** Splits a list into pages of `size` items; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({ items: items.slice(index * size, (index + 1) * size), number: index + 1, count }));
}

/** The paths of the pages before and after a page, where there are such pages. */
export function neighbourPages(page: { number: number; count: number }, pagePath: (number: number) => string): { prev?: string; next?: string } {
  return {
    prev: page.number > 1 ? pagePath(page.number - 1) : undefined,
    next: page.number < page.count ? pagePath(page.number + 1) : undefined,
  };
}
