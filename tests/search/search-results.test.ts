import { describe, expect, test } from 'vitest';
import { readDeltas, selectResults, type FacetTerms } from '../../src/search/search-results.ts';

// Six articles, numbered from the oldest: industries and technologies as filters, and keywords not loaded.
const term = (label: string, count: number) => ({ label, count, path: `/terms/${label}/` });
const facets: FacetTerms[] = [
  {
    filter: 'industry',
    name: '行业',
    terms: [term('半导体', 3), term('金融', 2)],
    docs: readDeltas([
      [0, 2, 1],
      [1, 3],
    ]),
  },
  { filter: 'tech', name: 'AI 技术', terms: [term('大模型', 2)], docs: readDeltas([[2, 1]]) },
  { filter: 'keyword', name: '关键词', terms: [term('芯片', 6)] },
];

describe('readDeltas', () => {
  test('turns differences into article numbers', () => {
    expect(readDeltas([[0, 2, 1], [1, 3], []])).toEqual([[0, 2, 3], [1, 4], []]);
  });
});

describe('selectResults', () => {
  test('keeps the articles containing every word, title and term matches first, then the newest', () => {
    const words = [
      { head: [1], body: [0, 3, 5] },
      { head: [], body: [0, 1, 3, 4] },
    ];
    expect(selectResults(words, 6, facets, {}, 'relevance').results).toEqual([1, 3, 0]);
    expect(selectResults(words, 6, facets, {}, 'latest').results).toEqual([3, 1, 0]);
  });

  test('selects every article, newest first, when only filters are given', () => {
    expect(selectResults([], 6, facets, {}, 'relevance').results).toEqual([5, 4, 3, 2, 1, 0]);
  });

  test('widens with two values of one filter and narrows with two filters', () => {
    expect(
      selectResults([], 6, facets, { industry: ['半导体', '金融'] }, 'latest').results,
    ).toEqual([4, 3, 2, 1, 0]);
    expect(
      selectResults([], 6, facets, { industry: ['半导体', '金融'], tech: ['大模型'] }, 'latest')
        .results,
    ).toEqual([3, 2]);
  });

  test('counts each value with the other filters kept and its own filter left out', () => {
    const { counts } = selectResults(
      [],
      6,
      facets,
      { industry: ['半导体'], tech: ['大模型'] },
      'latest',
    );
    // 半导体 and 金融 are counted among the 大模型 articles (2 and 3); 大模型 among the 半导体 ones (0, 2 and 3).
    expect(Object.fromEntries(counts['industry'] ?? [])).toEqual({ 半导体: 2, 金融: 0 });
    expect(Object.fromEntries(counts['tech'] ?? [])).toEqual({ 大模型: 2 });
  });

  test('leaves out a filter whose articles are not loaded', () => {
    const { results, counts } = selectResults([], 6, facets, { keyword: ['芯片'] }, 'latest');
    expect(results).toEqual([5, 4, 3, 2, 1, 0]);
    expect(Object.keys(counts)).toEqual(['industry', 'tech']);
  });

  test('counts exactly among the articles that contain every word', () => {
    const { results, counts } = selectResults(
      [{ head: [0, 1], body: [4] }],
      6,
      facets,
      {},
      'latest',
    );
    expect(results).toEqual([4, 1, 0]);
    expect(Object.fromEntries(counts['industry'] ?? [])).toEqual({ 半导体: 1, 金融: 2 });
  });
});
