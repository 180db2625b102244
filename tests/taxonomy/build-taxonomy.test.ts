import { describe, expect, test } from 'vitest';
import { buildTaxonomy } from '../../src/taxonomy/build-taxonomy.ts';

describe('buildTaxonomy', () => {
  const taxonomy = buildTaxonomy([
    { id: 'a', terms: ['AIGC', '大模型', 'ＡＩ芯片'] },
    { id: 'b', terms: ['aigc', 'AIGC', 'AI芯片'] },
    { id: 'c', terms: ['AIGC', 'C++', 'C#'] },
  ]);

  test('merges spellings that differ only in case or width into one term', () => {
    expect(taxonomy.byKey.get('aigc')).toMatchObject({
      label: 'AIGC',
      count: 3,
      articleIds: ['a', 'b', 'c'],
    });
    expect(taxonomy.byKey.get('ai芯片')).toMatchObject({ count: 2, slug: 'ai芯片' });
  });

  test('counts an article and its spelling once when it lists the same term several times', () => {
    const repeated = buildTaxonomy([
      { id: 'a', terms: ['aigc', 'aigc', 'AIGC', 'aigc'] },
      { id: 'b', terms: ['AIGC'] },
      { id: 'c', terms: ['AIGC'] },
    ]);
    expect(repeated.terms).toEqual([
      { key: 'aigc', slug: 'aigc', label: 'AIGC', count: 3, articleIds: ['a', 'b', 'c'] },
    ]);
  });

  test('labels a term with the spelling most articles use, the first by code point on a tie', () => {
    const tied = buildTaxonomy([
      { id: 'a', terms: ['aigc'] },
      { id: 'b', terms: ['AIGC'] },
    ]);
    expect(tied.byKey.get('aigc')?.label).toBe('AIGC');
    const outvoted = buildTaxonomy([
      { id: 'a', terms: ['aigc'] },
      { id: 'b', terms: ['aigc'] },
      { id: 'c', terms: ['AIGC'] },
    ]);
    expect(outvoted.byKey.get('aigc')?.label).toBe('aigc');
  });

  test('orders terms by count, then by label', () => {
    expect(taxonomy.terms.map((term) => term.label)).toEqual([
      'AIGC',
      'AI芯片',
      'C#',
      'C++',
      '大模型',
    ]);
  });

  test('gives every term its own slug', () => {
    expect(taxonomy.bySlug.size).toBe(taxonomy.terms.length);
  });
});
