import { describe, expect, test } from 'vitest';
import { groupByDay } from '../../src/site/day-groups.ts';

const headings = (dates: (string | undefined)[]) =>
  groupByDay(
    dates.map((date, index) => ({ date, index })),
    (item) => item.date,
  ).map(({ date, heading, items }) => [date, heading, items.map(({ index }) => index)]);

describe('groupByDay', () => {
  test('puts the articles of one day under one heading, and the undated ones last under their own', () => {
    expect(headings(['2024-12-30', '2024-12-30', '2024-12-29', undefined, undefined])).toEqual([
      ['2024-12-30', '12月30日 周一', [0, 1]],
      ['2024-12-29', '12月29日 周日', [2]],
      [undefined, '未注明日期', [3, 4]],
    ]);
  });

  test('names the year on the headings of another year than the first', () => {
    expect(headings(['2025-01-01', '2024-12-31']).map(([, heading]) => heading)).toEqual([
      '1月1日 周三',
      '2024年12月31日 周二',
    ]);
  });

  test('makes one undated group of an undated list, and none of an empty one', () => {
    expect(headings([undefined, undefined])).toEqual([[undefined, '未注明日期', [0, 1]]]);
    expect(headings([])).toEqual([]);
  });
});
