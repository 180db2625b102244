import { describe, expect, test } from 'vitest';
import type { PublishedRecord } from '../../../src/records/check-seeds.ts';
import {
  articlesContaining,
  scoreFirstPage,
  searchedFields,
} from '../../../scripts/bench/search-truth.ts';

const published = (id: string, record: Partial<PublishedRecord['record']>): PublishedRecord => ({
  id,
  file: `${id}.txt`,
  record: { title: '', keywords: [], aiTech: [], industries: [], ...record },
});

const articles = new Map(
  [
    published('a', { title: '华为发布ＡＩ芯片', text: '深度求索 开源' }),
    published('b', { title: '新闻', events: '1. 华为 芯片出货。', industries: ['半导体'] }),
    published('c', { title: '新闻', text: '深度', keywords: ['求索'] }),
  ].map((entry) => [entry.id, searchedFields(entry)]),
);

describe('articlesContaining', () => {
  test.each([
    ['华为', ['a', 'b']],
    ['ai芯片', ['a']],
    ['华为 半导体', ['b']],
    ['"深度求索"', ['a']],
    ['深度求索', ['a']],
    ['区块链', []],
    ['  ', []],
  ])('finds %s in the articles that contain every word', (query, ids) => {
    expect([...articlesContaining(query, articles)]).toEqual(ids);
  });

  test('does not match a word across two fields', () => {
    expect([...articlesContaining('深度求索', new Map([['c', ['深度', '求索']]]))]).toEqual([]);
  });
});

describe('scoreFirstPage', () => {
  test('scores the shown results against the articles that contain the words', () => {
    expect(scoreFirstPage(['a', 'x'], new Set(['a', 'b', 'c']), 10)).toEqual({
      truth: 3,
      precision: 0.5,
      recall: 1 / 3,
    });
  });

  test('counts recall against a full first page when more articles match', () => {
    expect(scoreFirstPage(['a', 'b'], new Set(['a', 'b', 'c', 'd']), 2)).toEqual({
      truth: 4,
      precision: 1,
      recall: 1,
    });
  });

  test('leaves precision and recall undefined when nothing is shown and nothing matches', () => {
    expect(scoreFirstPage([], new Set(), 10)).toEqual({
      truth: 0,
      precision: undefined,
      recall: undefined,
    });
  });
});
