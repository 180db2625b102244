import { describe, expect, test } from 'vitest';
import { namedTerms, nearestTerms, type OfferedTerm } from '../../src/search/nearest-terms.ts';

const term = (label: string, count: number, name = '关键词'): OfferedTerm => ({
  label,
  count,
  name,
  path: `/tags/${label}/`,
});
const terms = [
  term('AI芯片', 5),
  term('芯片出货', 2),
  term('区域经济', 9),
  term('大模型', 30),
  term('ＡＩ芯片', 1, '行业'),
];

describe('namedTerms', () => {
  test('finds the terms a query names, in any width and case', () => {
    expect(namedTerms(' ai芯片 ', terms).map((found) => found.label)).toEqual([
      'AI芯片',
      'ＡＩ芯片',
    ]);
  });
});

describe('nearestTerms', () => {
  test('offers the terms sharing at least half the characters, most shared then most used first', () => {
    expect(nearestTerms('区块链', terms).map((found) => found.label)).toEqual([]);
    expect(nearestTerms('区域链', terms).map((found) => found.label)).toEqual(['区域经济']);
    expect(nearestTerms('讯飞芯片', terms).map((found) => found.label)).toEqual([
      'AI芯片',
      '芯片出货',
      'ＡＩ芯片',
    ]);
  });
});
