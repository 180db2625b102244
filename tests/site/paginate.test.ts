import { describe, expect, test } from 'vitest';
import { neighbourPages, pageWindow, paginate } from '../../src/site/paginate.ts';

describe('paginate', () => {
  test('cuts a list into pages of the given size when it does not divide evenly', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([
      { items: [1, 2], number: 1, count: 3 },
      { items: [3, 4], number: 2, count: 3 },
      { items: [5], number: 3, count: 3 },
    ]);
  });

  test('gives an empty list one empty page when there is nothing to list', () => {
    expect(paginate([], 20)).toEqual([{ items: [], number: 1, count: 1 }]);
  });
});

describe('neighbourPages', () => {
  test.each([
    [1, 3, { prev: undefined, next: '/p/2' }],
    [2, 3, { prev: '/p/1', next: '/p/3' }],
    [3, 3, { prev: '/p/2', next: undefined }],
    [1, 1, { prev: undefined, next: undefined }],
  ])('links page %i of %i to the pages that exist around it', (number, count, expected) => {
    expect(neighbourPages({ number, count }, (page) => `/p/${page}`)).toEqual(expected);
  });
});

describe('pageWindow', () => {
  test.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [2, 2, [1, 2]],
    [3, 5, [1, 2, 3, 4, 5]],
  ])('shows every page of a tiny list: page %i of %i', (current, count, expected) => {
    expect(pageWindow(current, count, 2)).toEqual(expected);
  });

  test.each([
    [1, 7, [1, 2, 3, 'gap', 7]],
    [1, 50, [1, 2, 3, 'gap', 50]],
    [2, 50, [1, 2, 3, 4, 'gap', 50]],
    [4, 50, [1, 2, 3, 4, 5, 6, 'gap', 50]],
    [5, 50, [1, 2, 3, 4, 5, 6, 7, 'gap', 50]],
    [6, 50, [1, 'gap', 4, 5, 6, 7, 8, 'gap', 50]],
    [25, 50, [1, 'gap', 23, 24, 25, 26, 27, 'gap', 50]],
    [46, 50, [1, 'gap', 44, 45, 46, 47, 48, 49, 50]],
    [50, 50, [1, 'gap', 48, 49, 50]],
  ])(
    'keeps the first and last page and two either side of page %i of %i',
    (current, count, expected) => {
      expect(pageWindow(current, count, 2)).toEqual(expected);
    },
  );

  test('shows a single left-out page instead of a gap when it would stand for one page', () => {
    expect(pageWindow(5, 9, 1)).toEqual([1, 'gap', 4, 5, 6, 'gap', 9]);
    expect(pageWindow(4, 9, 1)).toEqual([1, 2, 3, 4, 5, 'gap', 9]);
  });

  test('shows the current page alone between first and last when the radius is 0', () => {
    expect(pageWindow(10, 20, 0)).toEqual([1, 'gap', 10, 'gap', 20]);
  });
});
