import { describe, expect, test } from 'vitest';
import { formatCounts, formatProblems, reportToJson } from '../../src/records/format-report.ts';
import { readSeeds } from '../../src/records/read-seeds.ts';

// Three valid records, one duplicate of them, three invalid ones (a YAML alias bomb among them), a dropped term and three ignored files.
const dir = 'tests/fixtures/mixed';
const report = await readSeeds(dir);

describe('formatProblems', () => {
  test('prints errors, then warnings, then duplicates, each opening with its location under the seeds folder', () => {
    expect(formatProblems(report, `${dir}/`)).toEqual([
      `${dir}/bad-link.txt:2:5 The link \`javascript:alert(1)\` is not an absolute http: or https: URL, so it cannot be published as a link. ` +
        'Write the full address of the original article, for example `链接: https://www.example.com/news/1.html`, or remove the line.',
      `${dir}/bad-title.txt:1:1 The record has no title. Add a title line, for example \`标题: 大模型产业方兴未艾\`.`,
      `${dir}/yaml-bomb.md:3:56 The front matter nests lists or mappings more than 10 levels deep, so it is not read: a field holds text or one flat list. ` +
        'Write the list flat, for example `keywords: [大模型, 多模态]`.',
      `${dir}/nested/ok-3.txt:3:6 The item \`—\` of \`关键词\` has no letter or digit, so it cannot be a term and was left out. Remove it from the list.`,
      `${dir}/ok-1-copy.txt:1:1 The source link \`https://example.com/mixed/1\` is already published by \`ok-1.txt\`, so this record is left out as a duplicate. ` +
        'Delete this file, or correct its `链接:` line if it is a different article.',
    ]);
  });

  test('prints nothing when every record is published', () => {
    expect(formatProblems({ ...report, errors: [], warnings: [], duplicates: [] }, dir)).toEqual(
      [],
    );
  });
});

describe('formatCounts', () => {
  test('counts every file of the folder once when records are skipped, duplicated and ignored', () => {
    expect(formatCounts(report)).toBe(
      '7 record files: 3 published, 3 skipped with errors, 1 duplicates; 3 other files ignored.',
    );
  });
});

describe('reportToJson', () => {
  test('gives counts that add up to the record files, with every problem located', () => {
    const json = reportToJson(report);
    expect(json).toMatchObject({
      records: 7,
      valid: 4,
      published: 3,
      skipped: 3,
      duplicated: 1,
      ignored: 3,
    });
    expect(json.published + json.skipped + json.duplicated).toBe(json.records);
    expect(json.errors.map(({ file, line, column, field }) => [file, line, column, field])).toEqual(
      [
        ['bad-link.txt', 2, 5, '链接'],
        ['bad-title.txt', 1, 1, '标题'],
        ['yaml-bomb.md', 3, 56, 'front matter'],
      ],
    );
    expect(json.duplicates).toEqual([
      {
        file: 'ok-1-copy.txt',
        id: 'ok-1-copy',
        link: 'https://example.com/mixed/1',
        keptFile: 'ok-1.txt',
        keptId: 'ok-1',
      },
    ]);
  });
});
