import { describe, expect, test } from 'vitest';
import { buildTaxonomy } from '../../src/taxonomy/build-taxonomy.ts';

describe('buildTaxonomy', () => {
  const taxonomy = buildTaxonomy([
    { id: 'a', terms: ['AIGC', '大模型', 'ＡＩ芯片'] },
    { id: 'b', terms: ['aigc', 'AIGC', 'AI芯片'] },
    { id: 'c', terms: ['AIGC', 'C++', 'C#'] },
  ]);

  test('merges spellings that differ only in case or width into one term', () => {
    expect(taxonomy.byKey.get('aigc')).toMatchObject({ label: 'AIGC', count: 3, articleIds: ['a', 'b', 'c'] });
    expect(taxonomy.byKey.get('ai芯片')).toMatchObject({ count: 2, slug: 'ai芯片' });
  });

  test('counts an article once when it lists the same term twice', () => {
    expect(taxonomy.byKey.get('aigc')?.count).toBe(3);
  });

  test('orders terms by count, then by label', () => {
    expect(taxonomy.terms.map((term) => term.label)).toEqual(['AIGC', 'AI芯片', 'C#', 'C++', '大模型']);
  });

  test('gives every term its own slug', () => {
    expect(taxonomy.bySlug.size).toBe(taxonomy.terms.length);
  });
});
