import { describe, expect, test } from 'vitest';
import { listFields } from '../../src/records/fields.ts';
import { taxonomyKinds } from '../../src/taxonomy/kinds.ts';

describe('taxonomyKinds', () => {
  test('gives every list field of a record one taxonomy, with its own URL segment and search filter', () => {
    expect(taxonomyKinds.map(({ field }) => field).sort()).toEqual([...listFields].sort());
    expect(new Set(taxonomyKinds.map(({ kind }) => kind)).size).toBe(taxonomyKinds.length);
    expect(new Set(taxonomyKinds.map(({ filter }) => filter)).size).toBe(taxonomyKinds.length);
  });
});
