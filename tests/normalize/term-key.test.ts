import { describe, expect, test } from 'vitest';
import { termKey } from '../../src/normalize/term-key.ts';

describe('termKey', () => {
  test.each([
    ['AIGC', 'aigc'],
    ['ＡＩ芯片', 'ai芯片'],
    ['AI芯片', 'ai芯片'],
    ['  Open   AI\u3000Lab ', 'open ai lab'],
    ['大模型', '大模型'],
  ])('gives %j the key %j', (label, key) => {
    expect(termKey(label)).toBe(key);
  });

  test('keeps different terms apart when only symbols differ', () => {
    expect(new Set(['C', 'C++', 'C#'].map(termKey)).size).toBe(3);
  });
});
