/**
 * One page of a list paged from its oldest item: its items, newest first, its number and the
 * number of the newest numbered page of the list.
 */
export interface ListPage<T> {
  items: T[];
  /** Counted from the oldest page, which is 1; undefined for the first page, which shows the newest items and has no number in its URL. */
  number: number | undefined;
  /** The highest page number of the list: 0 when the first page holds the whole list. */
  newest: number;
}

/**
 * Pages a list given newest first so that a numbered page keeps its items while the list grows at
 * its newest end: numbered pages hold `size` items each, counted from the oldest, and the first page
 * holds the newest rest, from `size` to `2 × size − 1` items (a shorter list whole). New items
 * change the first page alone, and every `size` of them add one numbered page. The pages come in
 * reading order: the first page, then the numbered ones from the highest number down.
 */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  const newest = Math.max(0, Math.floor(items.length / size) - 1);
  const pages: ListPage<T>[] = [
    { items: items.slice(0, items.length - newest * size), number: undefined, newest },
  ];
  for (let number = newest; number >= 1; number--) {
    const end = items.length - (number - 1) * size;
    pages.push({ items: items.slice(end - size, end), number, newest });
  }
  return pages;
}

/** A link of a pagination bar: the page's number (undefined for the first page), its path, and whether it is the page shown. */
export interface PageLink {
  number: number | undefined;
  path: string;
  current: boolean;
}

/**
 * What a list page shows to move between pages; it is all the page's key needs of the list's other
 * pages, and it holds nothing that changes on pages far from the newest end when the list grows.
 */
export interface PageNav {
  /** The newer page (`rel="prev"`), where there is one. */
  prev: string | undefined;
  /** The older page (`rel="next"`), where there is one. */
  next: string | undefined;
  /** The pagination bar, newest first, with `'gap'` for each run of pages left out; empty for a list of one page. */
  slots: (PageLink | 'gap')[];
}

// Two pages either side of the current one: with the first page, page 1 and the gaps, nine slots
// at most, one row on a phone.
const windowRadius = 2;

/** The navigation of a page of a list whose pages are at `pagePath(number)`, the first page at `pagePath(undefined)`. */
export function pageNav(
  page: Pick<ListPage<unknown>, 'number' | 'newest'>,
  pagePath: (number: number | undefined) => string,
): PageNav {
  const { number, newest } = page;
  // The first page sits where page `newest + 1` would.
  const position = number ?? newest + 1;
  const at = (slot: number) => (slot > newest ? undefined : slot);
  return {
    prev: position <= newest ? pagePath(at(position + 1)) : undefined,
    next: position > 1 ? pagePath(position - 1) : undefined,
    slots:
      newest === 0
        ? []
        : pageWindow(position, newest + 1, windowRadius).map((slot) =>
            slot === 'gap'
              ? slot
              : { number: at(slot), path: pagePath(at(slot)), current: slot === position },
          ),
  };
}

/**
 * The positions a pagination bar shows, from `count` (the newest) down to 1: both ends and the
 * positions within `radius` of the current one, with `'gap'` for each run left out. A gap never
 * stands for a single position: that one is shown instead, as it takes no more room.
 */
export function pageWindow(current: number, count: number, radius: number): (number | 'gap')[] {
  const shown = (number: number) =>
    number === 1 || number === count || Math.abs(number - current) <= radius;
  const slots: (number | 'gap')[] = [];
  for (let number = count; number >= 1; number--) {
    if (shown(number) || (shown(number - 1) && shown(number + 1))) slots.push(number);
    else if (slots.at(-1) !== 'gap') slots.push('gap');
  }
  return slots;
}
