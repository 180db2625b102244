import { describe, expect, test } from 'vitest';
import { parseMarkdownRecord } from '../../src/records/parse-markdown-record.ts';

const ran = globalThis as { frontMatterRan?: boolean };

describe('parseMarkdownRecord', () => {
  test.each([
    ['---js\n', 'js'],
    ['---javascript\n', 'javascript'],
    ['---\rjs\n', 'js'],
    ['--- \r JavaScript \r\n', 'JavaScript'],
  ])('never runs the front matter as JavaScript when it opens with %j', (opening, language) => {
    const result = parseMarkdownRecord(`${opening}({ title: (globalThis.frontMatterRan = true, '标题'), text: '正文' })\n---\n正文。\n`, 'x.md');
    expect(ran.frontMatterRan).toBeUndefined();
    expect(result.record).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 1, column: 1, field: 'front matter', message: `The front matter is marked as \`${language}\`, but only YAML is read. Open it with a plain \`---\` line.` }),
    ]);
  });

  test('reads a file that opens with four dashes as a body without front matter', () => {
    const result = parseMarkdownRecord('----\n\n正文。\n', 'x.md');
    expect(result.problems.map((problem) => problem.field)).toEqual(['标题']);
  });
});
