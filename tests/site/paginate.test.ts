import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { pageNav, pageWindow, paginate, type ListPage } from '../../src/site/paginate.ts';

// A list of `n` items newest first, as the site sorts them: the oldest item is 1, the newest `n`.
const newestFirst = (n: number) => Array.from({ length: n }, (_, index) => n - index);

// The numbered pages of a list by number.
const numbered = <T>(pages: ListPage<T>[]) =>
  new Map(pages.filter((page) => page.number !== undefined).map((page) => [page.number!, page]));

describe('paginate', () => {
  test('numbers full pages from the oldest items and shows the newest rest on the first page', () => {
    expect(paginate(newestFirst(7), 2)).toEqual([
      { items: [7, 6, 5], number: undefined, newest: 2 },
      { items: [4, 3], number: 2, newest: 2 },
      { items: [2, 1], number: 1, newest: 2 },
    ]);
  });

  test.each([
    [0, 20, [0]],
    [1, 20, [1]],
    [19, 20, [19]],
    [20, 20, [20]],
    [39, 20, [39]],
    [40, 20, [20, 20]],
    [41, 20, [21, 20]],
    [59, 20, [39, 20]],
    [60, 20, [20, 20, 20]],
    [5, 1, [1, 1, 1, 1, 1]],
  ])('cuts %i items into pages of %i as %j items', (n, size, sizes) => {
    expect(paginate(newestFirst(n), size).map((page) => page.items.length)).toEqual(sizes);
  });

  test('gives an empty list one empty first page when there is nothing to list', () => {
    expect(paginate([], 20)).toEqual([{ items: [], number: undefined, newest: 0 }]);
  });

  test('keeps every item once, newest first, across the pages in reading order', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.integer({ min: 1, max: 30 }), (n, size) => {
        const pages = paginate(newestFirst(n), size);
        expect(pages.flatMap((page) => page.items)).toEqual(newestFirst(n));
        const [first, ...rest] = pages;
        if (n < 2 * size) expect(first!.items).toHaveLength(n);
        else {
          expect(first!.items.length).toBeGreaterThanOrEqual(size);
          expect(first!.items.length).toBeLessThan(2 * size);
        }
        expect(rest.map((page) => page.number)).toEqual(
          Array.from({ length: rest.length }, (_, index) => rest.length - index),
        );
        for (const page of rest) expect(page.items).toHaveLength(size);
      }),
    );
  });

  test('leaves every numbered page as it was when items are added at the newest end', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(100), fc.integer({ min: 1, max: 30 }), (n, added, size) => {
        const before = numbered(paginate(newestFirst(n), size));
        const after = numbered(paginate(newestFirst(n + added), size));
        for (const [number, page] of before) expect(after.get(number)!.items).toEqual(page.items);
        // Every `size` new items make one more numbered page, once the first page is full.
        expect(after.size).toBe(Math.max(0, Math.floor((n + added) / size) - 1));
      }),
    );
  });

  test('changes only the page of a removed item and the newer pages when an item is removed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 30 }),
        fc.nat(),
        (n, size, pick) => {
          const items = newestFirst(n);
          const removed = items[pick % n]!;
          const before = paginate(items, size);
          const after = numbered(
            paginate(
              items.filter((item) => item !== removed),
              size,
            ),
          );
          const { number: home } = before.find((page) => page.items.includes(removed))!;
          const kept = numbered(before);
          for (const [number, page] of after)
            if (home === undefined || number < home)
              expect(page.items).toEqual(kept.get(number)!.items);
        },
      ),
    );
  });
});

describe('pageNav', () => {
  const path = (number: number | undefined) => (number === undefined ? '/' : `/page/${number}/`);
  const bar = (number: number | undefined, newest: number) =>
    pageNav({ number, newest }, path).slots.map((slot) =>
      slot === 'gap'
        ? '…'
        : `${slot.current ? '[' : ''}${slot.number ?? 'latest'}${slot.current ? ']' : ''}`,
    );

  test.each([
    [undefined, 3, { prev: undefined, next: '/page/3/' }],
    [3, 3, { prev: '/', next: '/page/2/' }],
    [2, 3, { prev: '/page/3/', next: '/page/1/' }],
    [1, 3, { prev: '/page/2/', next: undefined }],
    [undefined, 0, { prev: undefined, next: undefined }],
  ])('links page %s of a list up to %i to its newer and older page', (number, newest, links) => {
    expect(pageNav({ number, newest }, path)).toMatchObject(links);
  });

  test('shows no bar when the first page holds the whole list', () => {
    expect(pageNav({ number: undefined, newest: 0 }, path).slots).toEqual([]);
  });

  test.each([
    [undefined, 1, ['[latest]', '1']],
    [1, 1, ['latest', '[1]']],
    [undefined, 50, ['[latest]', '50', '49', '…', '1']],
    [50, 50, ['latest', '[50]', '49', '48', '…', '1']],
    [47, 50, ['latest', '50', '49', '48', '[47]', '46', '45', '…', '1']],
    [46, 50, ['latest', '…', '48', '47', '[46]', '45', '44', '…', '1']],
    [25, 50, ['latest', '…', '27', '26', '[25]', '24', '23', '…', '1']],
    [4, 50, ['latest', '…', '6', '5', '[4]', '3', '2', '1']],
    [1, 50, ['latest', '…', '3', '2', '[1]']],
  ])(
    'shows the first page, page 1 and two either side of page %s of %i',
    (number, newest, slots) => {
      expect(bar(number, newest)).toEqual(slots);
    },
  );

  test('links each slot of the bar to its page', () => {
    expect(pageNav({ number: 25, newest: 50 }, path).slots.slice(0, 3)).toEqual([
      { number: undefined, path: '/', current: false },
      'gap',
      { number: 27, path: '/page/27/', current: false },
    ]);
  });

  test('keeps the navigation of a page unchanged when pages are added, unless it is near the newest', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.nat(100),
        fc.nat(),
        (newest, added, pick) => {
          const number = (pick % newest) + 1;
          // Within the window and the single page a gap never stands for, a page sees the newest end.
          if (number + 3 >= newest) return;
          expect(pageNav({ number, newest: newest + added }, path)).toEqual(
            pageNav({ number, newest }, path),
          );
        },
      ),
    );
  });
});

describe('pageWindow', () => {
  test.each([
    [1, 1, [1]],
    [1, 2, [2, 1]],
    [2, 2, [2, 1]],
    [3, 5, [5, 4, 3, 2, 1]],
  ])('shows every position of a tiny list: %i of %i', (current, count, expected) => {
    expect(pageWindow(current, count, 2)).toEqual(expected);
  });

  test('shows a single left-out position instead of a gap when it would stand for one', () => {
    expect(pageWindow(5, 9, 1)).toEqual([9, 'gap', 6, 5, 4, 'gap', 1]);
    expect(pageWindow(6, 9, 1)).toEqual([9, 8, 7, 6, 5, 'gap', 1]);
  });

  test('shows the current position alone between both ends when the radius is 0', () => {
    expect(pageWindow(10, 20, 0)).toEqual([20, 'gap', 10, 'gap', 1]);
  });
});
