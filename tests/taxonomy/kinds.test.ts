import { describe, expect, test } from 'vitest';
import { listFields } from '../../src/records/fields.ts';
import { hasFeed, taxonomyKinds } from '../../src/taxonomy/kinds.ts';

describe('hasFeed', () => {
  test.each([
    ['tags', false],
    ['industries', true],
    ['tech', true],
  ] as const)('tells whether the terms of %s have feeds of their own: %s', (kind, expected) => {
    expect(hasFeed(kind)).toBe(expected);
  });
});

describe('taxonomyKinds', () => {
  test('gives every list field of a record one taxonomy, with its own URL segment and search filter', () => {
    expect(taxonomyKinds.map(({ field }) => field).sort()).toEqual([...listFields].sort());
    expect(new Set(taxonomyKinds.map(({ kind }) => kind)).size).toBe(taxonomyKinds.length);
    expect(new Set(taxonomyKinds.map(({ filter }) => filter)).size).toBe(taxonomyKinds.length);
  });
});
