import { describe, expect, test } from 'vitest';
import { termBucket, termBuckets } from '../../src/search/term-bucket.ts';

describe('termBucket', () => {
  test('puts every key in one of the written buckets, the same way every time', () => {
    for (const key of ['大模型', 'aigc', 'ai芯片', 'c++', '']) {
      expect(termBuckets).toContain(termBucket(key));
      expect(termBucket(key)).toBe(termBucket(key));
    }
  });

  test('spreads keys over the buckets', () => {
    const used = new Set(Array.from({ length: 2000 }, (_, index) => termBucket(`关键词${index}`)));
    expect(used.size).toBe(termBuckets.length);
  });
});
