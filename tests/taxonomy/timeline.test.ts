import { describe, expect, test } from 'vitest';
import {
  addMonths,
  comparePeriods,
  countByMonth,
  monthOf,
  monthsBetween,
  risingItems,
} from '../../src/taxonomy/timeline.ts';

describe('monthOf', () => {
  test('gives the month of a date', () => {
    expect(monthOf('2024-12-30')).toBe('2024-12');
  });
});

describe('addMonths', () => {
  test.each([
    ['2024-12', 1, '2025-01'],
    ['2024-01', -1, '2023-12'],
    ['2024-05', -17, '2022-12'],
    ['2024-05', 0, '2024-05'],
  ])('moves %s by %i months to %s', (month, offset, expected) => {
    expect(addMonths(month, offset)).toBe(expected);
  });
});

describe('monthsBetween', () => {
  test('lists every month across a new year', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
  });

  test('lists none when the last month comes first', () => {
    expect(monthsBetween('2024-02', '2024-01')).toEqual([]);
  });
});

describe('countByMonth', () => {
  test('counts the dated articles of each month and leaves out the others', () => {
    const monthById = new Map([
      ['a', '2024-01'],
      ['b', '2024-03'],
      ['c', '2024-03'],
      ['d', '2023-06'],
    ]);
    expect(
      countByMonth(['a', 'b', 'c', 'd', 'undated'], monthById, ['2024-01', '2024-02', '2024-03']),
    ).toEqual([1, 0, 2]);
  });
});

describe('comparePeriods', () => {
  test.each([
    [[1, 1, 1, 1, 1, 2], { recent: 4, before: 3, change: 33 }],
    [[4, 0, 0, 1, 1, 0], { recent: 2, before: 4, change: -50 }],
    [[0, 0, 3], { recent: 3, before: 0, change: undefined }],
    [[9, 9, 2, 2, 2, 2, 2, 2], { recent: 6, before: 6, change: 0 }],
  ])('compares the last three months of %j with the three before', (counts, expected) => {
    expect(comparePeriods(counts, 3)).toEqual(expected);
  });
});

describe('risingItems', () => {
  const series = [
    // Large and doubled: 20 against a mean of 10.
    { item: 'large', counts: [10, 10, 10, 20] },
    // New, with the fewest articles that count.
    { item: 'new', counts: [0, 0, 0, 3] },
    // Steep, but below the minimum.
    { item: 'rare', counts: [0, 0, 0, 2] },
    // Falling.
    { item: 'falling', counts: [9, 9, 9, 4] },
    // Level: as many as its mean.
    { item: 'level', counts: [5, 5, 5, 5] },
    // Tripled from a mean of 2.
    { item: 'tripled', counts: [2, 2, 2, 6] },
  ];

  test('ranks the risers by the ratio of this month to the mean before, each plus one', () => {
    expect(risingItems(series, 3, 3, 10)).toEqual([
      { item: 'new', current: 3, average: 0 },
      { item: 'tripled', current: 6, average: 2 },
      { item: 'large', current: 20, average: 10 },
    ]);
  });

  test('keeps the given order between equal ratios and stops at the limit', () => {
    const equal = [
      { item: 'first', counts: [0, 0, 0, 4] },
      { item: 'second', counts: [0, 0, 0, 4] },
      { item: 'third', counts: [0, 0, 0, 4] },
    ];
    expect(risingItems(equal, 3, 1, 2).map(({ item }) => item)).toEqual(['first', 'second']);
  });

  test('ranks the larger count first when the ratios are equal', () => {
    const ratioTwo = [
      { item: 'small', counts: [0, 0, 0, 1] },
      { item: 'big', counts: [3, 3, 3, 7] },
    ];
    expect(risingItems(ratioTwo, 3, 1, 5).map(({ item }) => item)).toEqual(['big', 'small']);
  });

  test('finds nothing in empty series', () => {
    expect(risingItems([{ item: 'none', counts: [] }], 3, 0, 5)).toEqual([]);
  });
});
