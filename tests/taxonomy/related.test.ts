import { describe, expect, test } from 'vitest';
import { buildTaxonomy } from '../../src/taxonomy/build-taxonomy.ts';
import { findRelated } from '../../src/taxonomy/related.ts';

describe('findRelated', () => {
  const articles = [
    { id: 'a', terms: ['大模型', '芯片', '机器人'] },
    { id: 'b', terms: ['大模型', '机器人'] },
    { id: 'c', terms: ['大模型'] },
    { id: 'd', terms: ['芯片'] },
    { id: 'e', terms: ['金融'] },
  ];
  const taxonomy = buildTaxonomy(articles);
  const order = new Map(articles.map(({ id }, index) => [id, index]));
  const termsOf = (id: string) => taxonomy.terms.filter((term) => term.articleIds.includes(id));

  test('ranks articles sharing more and rarer terms first and leaves out unrelated ones', () => {
    expect(findRelated('a', termsOf('a'), order)).toEqual(['b', 'd', 'c']);
  });

  test('never lists the article itself and keeps to the limit', () => {
    expect(findRelated('b', termsOf('b'), order, 1)).toEqual(['a']);
  });

  test('breaks ties by the given order', () => {
    expect(findRelated('c', termsOf('c'), order)).toEqual(['a', 'b']);
  });
});
