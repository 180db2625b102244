import { describe, expect, test } from 'vitest';
import { compareIds } from '../../src/normalize/compare-ids.ts';

describe('compareIds', () => {
  test('orders numbers by value and the rest by code point', () => {
    const ids = [
      '10_b',
      '9_z',
      '000_14c0',
      '100',
      '9_a',
      'a',
      'A',
      '1000_x',
      '007',
      '7',
      'x2',
      'x10',
    ];
    expect(ids.toSorted(compareIds)).toEqual([
      '000_14c0',
      '007',
      '7',
      '9_a',
      '9_z',
      '10_b',
      '100',
      '1000_x',
      'A',
      'a',
      'x2',
      'x10',
    ]);
  });

  test('is a total order: equal only for equal ids', () => {
    expect(compareIds('007', '7')).toBeLessThan(0);
    expect(compareIds('7', '007')).toBeGreaterThan(0);
    expect(compareIds('s1', 's1')).toBe(0);
  });
});
