import { describe, expect, test } from 'vitest';
import { checkSeeds } from '../../src/records/check-seeds.ts';
import { parseSeedBytes } from '../../src/records/seed-files.ts';

const seed = (file: string, link = `https://example.com/${encodeURIComponent(file)}`) =>
  parseSeedBytes(Buffer.from(`标题: ${file}\n链接: ${link}\n总结: 正文。\n`), file);

describe('checkSeeds', () => {
  test.each([
    ['a b.txt', 'a b'],
    ['文章#1.txt', '文章#1'],
    ['50%.txt', '50%'],
    ['2024/.x.txt', '.x'],
    ['2024/?.txt', '?'],
  ])(
    'refuses the file %j, whose id %j cannot be a URL segment, naming the file and a valid name',
    (file, id) => {
      const report = checkSeeds([seed(file), seed('ok.txt')]);
      expect(report.published.map((entry) => entry.id)).toEqual(['ok']);
      expect(report.errors).toEqual([
        {
          file,
          line: 1,
          column: 1,
          field: 'file',
          message:
            `The file name gives the id \`${id}\`, which cannot be used in the article's URL. ` +
            'Rename the file with letters, digits, `_`, `-` and `.` only, for example `000_14c0c9d93e9386f0.txt`.',
        },
      ]);
    },
  );

  test.each(['000_14c0c9d93e9386f0.txt', '大模型-1.2.txt', '_draft.txt', 'ＡＩ芯片.txt'])(
    'accepts the file name %j as an id',
    (file) => {
      const report = checkSeeds([seed(file)]);
      expect(report.errors).toEqual([]);
      expect(report.published).toHaveLength(1);
    },
  );

  test('publishes the first of two files with the same id by path and reports the other', () => {
    const report = checkSeeds([
      seed('b/x.txt', 'https://example.com/2'),
      seed('a/x.txt', 'https://example.com/1'),
    ]);
    expect(report.published.map((entry) => entry.file)).toEqual(['a/x.txt']);
    expect(report.errors.map((problem) => [problem.file, problem.message.slice(0, 40)])).toEqual([
      ['b/x.txt', 'The id `x` is already used by `a/x.txt`,'],
    ]);
  });

  test('publishes the first record by id of a source link and lists the others as duplicates, whatever the file order', () => {
    const link = 'https://example.com/same';
    const report = checkSeeds([seed('c.txt', link), seed('2024/a.txt', link), seed('b.txt', link)]);
    expect(report.published.map((entry) => entry.id)).toEqual(['a']);
    expect(report.duplicates).toEqual([
      { file: 'b.txt', id: 'b', link, keptFile: '2024/a.txt', keptId: 'a' },
      { file: 'c.txt', id: 'c', link, keptFile: '2024/a.txt', keptId: 'a' },
    ]);
    expect(report.errors).toEqual([]);
  });

  test('publishes records without a link, which can be no one’s duplicate', () => {
    const unlinked = (file: string) =>
      parseSeedBytes(Buffer.from('标题: 无链接\n总结: 正文。\n'), file);
    expect(
      checkSeeds([unlinked('a.txt'), unlinked('b.txt')]).published.map((entry) => entry.id),
    ).toEqual(['a', 'b']);
  });
});
