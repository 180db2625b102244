import fc from 'fast-check';
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

  test('breaks ties by nearness in the given order, then for the article that comes first', () => {
    expect(findRelated('c', termsOf('c'), order)).toEqual(['b', 'a']);
    const line = ['p', 'q', 'r', 's', 't'].map((id) => ({ id, terms: ['大模型'] }));
    const lineOrder = new Map(line.map(({ id }, index) => [id, index]));
    const shared = buildTaxonomy(line).terms;
    expect(findRelated('r', shared, lineOrder)).toEqual(['q', 's', 'p', 't']);
    expect(findRelated('r', shared, lineOrder, 1)).toEqual(['q']);
  });

  test('ignores a term carried by more than 500 articles, which says little about what two share', () => {
    const crowd = Array.from({ length: 501 }, (_, index) => ({
      id: `n${String(index).padStart(3, '0')}`,
      terms: ['人工智能'],
    }));
    const common = buildTaxonomy([
      { id: 'x', terms: ['人工智能', '芯片'] },
      { id: 'y', terms: ['芯片'] },
      ...crowd,
    ]);
    const position = new Map([
      ['x', 0],
      ['y', 1],
      ...crowd.map(({ id }, index): [string, number] => [id, index + 2]),
    ]);
    expect(
      findRelated(
        'x',
        common.terms.filter((term) => term.articleIds.includes('x')),
        position,
      ),
    ).toEqual(['y']);
  });

  test('keeps the same articles, in the same order, as sorting every candidate would', () => {
    const corpus = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 5 }), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(corpus, fc.integer({ min: 1, max: 8 }), fc.nat(), (termLists, limit, pick) => {
        const generated = termLists.map((terms, index) => ({
          id: `a${index}`,
          terms: terms.map(String),
        }));
        const { terms } = buildTaxonomy(generated);
        const position = new Map(generated.map(({ id }, index) => [id, index]));
        const self = pick % generated.length;
        const id = `a${self}`;
        const shared = terms.filter((term) => term.articleIds.includes(id));
        const scores = new Map<string, number>();
        for (const term of shared)
          for (const other of term.articleIds)
            if (other !== id)
              scores.set(other, (scores.get(other) ?? 0) + 1 / Math.log2(1 + term.count));
        const distance = (other: string) => Math.abs(position.get(other)! - self);
        const sorted = [...scores]
          .sort(
            ([a, x], [b, y]) =>
              y - x || distance(a) - distance(b) || position.get(a)! - position.get(b)!,
          )
          .map(([other]) => other);
        expect(findRelated(id, shared, position, limit)).toEqual(sorted.slice(0, limit));
      }),
    );
  });
});
