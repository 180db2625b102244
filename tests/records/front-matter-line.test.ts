import { describe, expect, test } from 'vitest';
import { frontMatterKeyLine } from '../../src/records/front-matter-line.ts';

// The front matter as gray-matter gives it: from the end of the opening `---` line on.
const lines = [
  '',
  'title: AI: 新纪元',
  "'link': https://example.com/a",
  '"aiTech" : 多模态大模型',
  "'it''s': x",
  '"tab\\tkey": x',
  'events: |',
  '  keywords: 不是键，是 events 的正文',
  'AI Tech: 多模态',
  'date:2024-11-05',
  'keywords:',
  '  - 大模型',
];

describe('frontMatterKeyLine', () => {
  test.each([
    ['title', 2],
    ['link', 3],
    ['aiTech', 4],
    ["it's", 5],
    ['tab\tkey', 6],
    ['events', 7],
    ['AI Tech', 9],
    ['keywords', 11],
  ])('finds the key %j on line %i of the file', (key, line) => {
    expect(frontMatterKeyLine(lines, key)).toBe(line);
  });

  test.each([
    ['a key inside a block value only', 'industries'],
    ['a colon without a space, which YAML reads as part of a plain value', 'date'],
    ['a key that is not written at all', 'missing'],
    ['a double-quoted key with an escape that JSON lacks', 'A'],
  ])('falls back to the opening `---` line for %s', (_, key) => {
    expect(frontMatterKeyLine([...lines, '  industries: 嵌套', '"\\x41": x'], key)).toBe(1);
  });
});
