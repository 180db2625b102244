import { describe, expect, test } from 'vitest';
import { compareCodePoints } from '../../src/normalize/compare-code-points.ts';

describe('compareCodePoints', () => {
  test.each([
    ['A', 'a', -1],
    ['a', 'A', 1],
    ['大模型', '大模型', 0],
    ['C#', 'C++', -1],
    ['人工智能', '半导体', -1],
    ['z', '中', -1],
  ])('gives %j and %j the order %i', (a, b, order) => {
    expect(compareCodePoints(a, b)).toBe(order);
  });

  test('sorts the same list the same way whatever the locale would say', () => {
    expect(['智能制造', 'b', '半导体', 'B', '人工智能', 'a'].sort(compareCodePoints)).toEqual([
      'B',
      'a',
      'b',
      '人工智能',
      '半导体',
      '智能制造',
    ]);
  });
});
