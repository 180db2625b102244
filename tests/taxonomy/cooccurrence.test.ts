import { describe, expect, test } from 'vitest';
import { countCooccurrence, crossCounts, partnersByLift } from '../../src/taxonomy/cooccurrence.ts';

// Six articles over four terms: 0 is on every article, 1 and 2 go together, 3 once with 1.
const articles = [[0, 1, 2], [0, 1, 2], [0, 1], [0, 2], [0, 3, 1], [0]];
const articleCounts = [6, 4, 3, 1];
const pairs = countCooccurrence(articles);
const count = (term: number) => articleCounts[term]!;

describe('countCooccurrence', () => {
  test('counts the articles each pair shares, both ways', () => {
    expect(Object.fromEntries(pairs.get(1)!)).toEqual({ 0: 4, 2: 2, 3: 1 });
    expect(Object.fromEntries(pairs.get(2)!)).toEqual({ 0: 3, 1: 2 });
    expect(pairs.get(0)!.get(1)).toBe(pairs.get(1)!.get(0));
  });

  test('counts nothing for an article with one term', () => {
    expect(countCooccurrence([[7]]).size).toBe(0);
  });
});

describe('partnersByLift', () => {
  test('leaves out a term on every article, whose lift is 1, however many articles it shares', () => {
    // Term 1 shares four articles with term 0 and two with term 2, as chance would have it, and its one with term 3 is more than chance.
    expect(partnersByLift(1, pairs, count, 6, 1)).toEqual([{ term: 3, count: 1, lift: 1.5 }]);
  });

  test('leaves out partners below the minimum count', () => {
    expect(partnersByLift(1, pairs, count, 6, 2)).toEqual([]);
    expect(partnersByLift(3, pairs, count, 6, 1)).toEqual([{ term: 1, count: 1, lift: 1.5 }]);
  });

  test('orders equal lifts by count, then by term number', () => {
    // Terms 1 and 2 each on two of four articles with term 0; 3 on one, with 0 alone.
    const even = countCooccurrence([[0, 1, 2], [0, 1], [0, 2, 3], [4]]);
    const sizes = [3, 2, 2, 1, 1];
    expect(partnersByLift(0, even, (term) => sizes[term]!, 4, 1)).toEqual([
      { term: 1, count: 2, lift: 4 / 3 },
      { term: 2, count: 2, lift: 4 / 3 },
      { term: 3, count: 1, lift: 4 / 3 },
    ]);
  });

  test('finds no partner for a term alone', () => {
    expect(partnersByLift(9, pairs, () => 1, 6, 1)).toEqual([]);
  });
});

describe('crossCounts', () => {
  test('gives the articles each row term shares with each column term', () => {
    expect(crossCounts([1, 2], [0, 3, 2], pairs)).toEqual([
      [4, 1, 2],
      [3, 0, 0],
    ]);
  });
});
