import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { maxFrontMatterAliases, maxFrontMatterDepth } from '../../src/records/front-matter.ts';
import {
  maxFrontMatterCharacters,
  parseMarkdownRecord,
} from '../../src/records/parse-markdown-record.ts';

const ran = globalThis as { frontMatterRan?: boolean };
const markdown = (frontMatter: string) => `---\ntitle: 标题\n${frontMatter}\n---\n正文。\n`;
const aliases = (name: string, count: number) =>
  Array.from({ length: count }, () => `*${name}`).join(', ');

describe('parseMarkdownRecord', () => {
  test.each([
    ['---js\n', 'js'],
    ['---javascript\n', 'javascript'],
    ['---\rjs\n', 'js'],
    ['--- \r JavaScript \r\n', 'JavaScript'],
  ])('never runs the front matter as JavaScript when it opens with %j', (opening, language) => {
    const result = parseMarkdownRecord(
      `${opening}({ title: (globalThis.frontMatterRan = true, '标题'), text: '正文' })\n---\n正文。\n`,
      'x.md',
    );
    expect(ran.frontMatterRan).toBeUndefined();
    expect(result.record).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 1,
        column: 1,
        field: 'front matter',
        message: `The front matter is marked as \`${language}\`, but only YAML is read. Open it with a plain \`---\` line.`,
      }),
    ]);
  });

  test('reads a file that opens with four dashes as a body without front matter', () => {
    const result = parseMarkdownRecord('----\n\n正文。\n', 'x.md');
    expect(result.problems.map((problem) => problem.field)).toEqual(['标题']);
  });

  // The test's timeout is the bound: before, this bomb ran for minutes and out of memory.
  test(
    'rejects a billion-laughs bomb of nine nested alias levels as a front-matter problem when it is in the keywords',
    { timeout: 10_000 },
    () => {
      const source = readFileSync(
        new URL('../fixtures/records/invalid/yaml-alias-bomb.md', import.meta.url),
        'utf8',
      );
      const result = parseMarkdownRecord(source, 'bomb.md');
      expect(result.record).toBeUndefined();
      expect(result.problems).toEqual([
        {
          file: 'bomb.md',
          line: 3,
          column: 56,
          field: 'front matter',
          message: `The front matter nests lists or mappings more than ${maxFrontMatterDepth} levels deep, so it is not read: a field holds text or one flat list. Write the list flat, for example \`keywords: [大模型, 多模态]\`.`,
        },
      ]);
    },
  );

  test(
    'rejects a bomb without expanding it when its alias levels sit side by side in one list',
    { timeout: 10_000 },
    () => {
      const levels = [
        '&l1 [哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈]',
        ...Array.from(
          { length: 8 },
          (_, level) => `&l${level + 2} [${aliases(`l${level + 1}`, 9)}]`,
        ),
      ];
      const result = parseMarkdownRecord(
        markdown(`keywords: [${levels.join(', ')}]\naiTech: *l9`),
        'bomb.md',
      );
      expect(result.record).toBeUndefined();
      expect(result.problems).toEqual([
        expect.objectContaining({
          line: 3,
          field: 'keywords',
          message: expect.stringMatching(
            /^The front-matter key `keywords` holds a list or an object inside its list/,
          ),
        }),
        expect.objectContaining({
          line: 4,
          field: 'aiTech',
          message: expect.stringMatching(
            /^The front-matter key `aiTech` holds a list or an object inside its list/,
          ),
        }),
      ]);
    },
  );

  test('rejects the front matter when it uses more aliases than the limit', () => {
    const result = parseMarkdownRecord(
      markdown(`keywords: &k [大模型]\naiTech: [${aliases('k', maxFrontMatterAliases + 1)}]`),
      'x.md',
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 4,
        field: 'front matter',
        message: expect.stringMatching(
          new RegExp(
            `^The front matter uses more than ${maxFrontMatterAliases} YAML aliases \\(\`\\*name\`\\), so it is not read`,
          ),
        ),
      }),
    ]);
  });

  test('rejects the fields when aliases of a long text would write them out past the limit', () => {
    const long = '长'.repeat(Math.ceil(maxFrontMatterCharacters / 9));
    const result = parseMarkdownRecord(
      markdown(`events: &long ${long}\nkeywords: [${aliases('long', 9)}]`),
      'x.md',
    );
    expect(result.record).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 4,
        field: 'keywords',
        message:
          'The front-matter key `keywords` brings the fields, with their YAML aliases (`*name`) written out, past 5,242,880 characters, more than a record file may hold, ' +
          'so the record is not read. Write each value out once, for example `keywords: [大模型, 多模态]`.',
      }),
    ]);
  });

  test('rejects the front matter when lists nest far deeper than a record needs', () => {
    const result = parseMarkdownRecord(
      markdown(`keywords: ${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      'x.md',
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'front matter',
        message: expect.stringMatching(/^The front matter nests lists or mappings more than/),
      }),
    ]);
  });

  test('reads aliases that repeat a list or a text when they stay within the limits', () => {
    const result = parseMarkdownRecord(
      markdown('keywords: &kw [大模型, &ai 人工智能]\naiTech: *kw\nindustries: [*ai, 软件]'),
      'x.md',
    );
    expect(result.problems).toEqual([]);
    expect(result.record).toMatchObject({
      keywords: ['大模型', '人工智能'],
      aiTech: ['大模型', '人工智能'],
      industries: ['人工智能', '软件'],
    });
  });

  test('reads a date and list items as written when YAML would read them as a timestamp or null', () => {
    const result = parseMarkdownRecord(
      markdown('date: 2024-11-05 23:30:00\nkeywords: [大模型, ~]'),
      'x.md',
    );
    expect(result.record).toMatchObject({
      date: '2024-11-05T23:30:00+08:00',
      keywords: ['大模型'],
    });
  });

  test('rejects the front matter when it is a list instead of key: value lines', () => {
    const result = parseMarkdownRecord('---\n- 标题\n- 正文\n---\n正文。\n', 'x.md');
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'front matter',
        message: expect.stringMatching(/^The front matter is not a set of `key: value` lines/),
      }),
    ]);
  });
});
