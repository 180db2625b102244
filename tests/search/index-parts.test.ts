import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cutParts, type PartRange } from '../../src/search/index-parts.ts';

/** The ids of each part, which is what decides whether its files change. */
function partIds(ids: readonly string[], parts: PartRange[]): string[] {
  return parts.map(({ first, count }) => ids.slice(first, first + count).join('\n'));
}

/** File names as a scraper numbers them, `000001_<hash>`, and as the corpus generator writes them. */
const idArbitrary = fc.oneof(
  fc
    .tuple(fc.nat(999_999), fc.stringMatching(/^[0-9a-f]{8}$/))
    .map(([number, hash]) => `${String(number).padStart(6, '0')}_${hash}`),
  fc.nat(999_999).map((number) => `synthetic_${String(number).padStart(6, '0')}`),
);
const idsArbitrary = fc.uniqueArray(idArbitrary, { maxLength: 400 });
const maxArbitrary = fc.integer({ min: 1, max: 60 });

// The corpus's ids, 10,000 of them in the scraper's order.
const corpus = Array.from(
  { length: 10_000 },
  (_, index) => `synthetic_${String(index).padStart(6, '0')}`,
);

describe('cutParts', () => {
  test('covers every article once, in order, in parts of at most the maximum', () => {
    fc.assert(
      fc.property(idsArbitrary, maxArbitrary, (ids, max) => {
        const parts = cutParts(ids, max);
        let next = 0;
        for (const { first, count } of parts) {
          expect(first).toBe(next);
          expect(count).toBeGreaterThan(0);
          expect(count).toBeLessThanOrEqual(max);
          next = first + count;
        }
        expect(next).toBe(ids.length);
        expect(cutParts(ids, max)).toEqual(parts);
      }),
    );
  });

  test('leaves every part but the last alone when articles are appended', () => {
    fc.assert(
      fc.property(idsArbitrary, idsArbitrary, maxArbitrary, (ids, added, max) => {
        const grown = [...ids, ...added.filter((id) => !ids.includes(id))];
        const before = partIds(ids, cutParts(ids, max));
        const after = partIds(grown, cutParts(grown, max));
        expect(after.slice(0, Math.max(0, before.length - 1))).toEqual(before.slice(0, -1));
      }),
    );
  });

  test('changes only parts from the removed article on, as one run', () => {
    fc.assert(
      fc.property(
        idsArbitrary.filter((ids) => ids.length > 0),
        fc.nat(),
        maxArbitrary,
        (ids, at, max) => {
          const removed = at % ids.length;
          const less = ids.toSpliced(removed, 1);
          const parts = cutParts(ids, max);
          const kept = new Set(partIds(less, cutParts(less, max)));
          const changed = partIds(ids, parts).flatMap((part, index) =>
            kept.has(part) ? [] : [index],
          );
          const own = parts.findIndex(({ first, count }) => removed < first + count);
          expect(changed[0]).toBe(own);
          expect(changed).toEqual(changed.map((_, offset) => own + offset));
        },
      ),
    );
  });

  test('cuts 10,000 articles into a few parts of at most 5,000, and a removal changes one part of them', () => {
    const parts = cutParts(corpus, 5000);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.length).toBeLessThanOrEqual(6);
    const before = partIds(corpus, parts);
    for (const removed of [0, 1234, 5000, 7777, 9999]) {
      const less = corpus.toSpliced(removed, 1);
      const after = new Set(partIds(less, cutParts(less, 5000)));
      expect(
        before.filter((part) => !after.has(part)),
        `removing ${removed}`,
      ).toHaveLength(1);
    }
  });

  test('mostly changes one part when an article is removed from parts of a few hundred', () => {
    // Cuts by id stay put; a removal moves the next cut only when the part falls below its minimum
    // size, or in the rare run that was cut at the maximum.
    const before = partIds(corpus, cutParts(corpus, 400));
    const changed = corpus
      .filter((_, index) => index % 50 === 0)
      .map((_, step) => {
        const less = corpus.toSpliced(step * 50, 1);
        const after = new Set(partIds(less, cutParts(less, 400)));
        return before.filter((part) => !after.has(part)).length;
      });
    expect(changed.filter((count) => count === 1).length / changed.length).toBeGreaterThan(0.85);
    expect(Math.max(...changed)).toBeLessThanOrEqual(3);
  });
});
