import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, test } from 'vitest';
import { formatCounts, formatProblems, reportToJson } from '../../src/records/format-report.ts';
import { listSeedFiles } from '../../src/records/list-seed-files.ts';
import { readSeeds } from '../../src/records/read-seeds.ts';

const valid = readFileSync('tests/fixtures/site-seeds/003_chip.txt', 'utf8');
const record = (title: string) =>
  valid
    .replace(/^标题: .*$/m, `标题: ${title}`)
    .replace(/^链接: .*$/m, `链接: https://example.com/${encodeURIComponent(title)}`);
const nfc = 'caf\u00e9';
const nfd = 'cafe\u0301';

// A seeds folder holding every kind of entry, beside a folder outside it that links point into.
const work = mkdtempSync(join(tmpdir(), 'news-digest-seeds-'));
const seeds = join(work, 'seeds');
const outside = join(work, 'outside');
mkdirSync(join(seeds, 'real'), { recursive: true });
mkdirSync(outside);
const files: Record<string, string> = {
  'plain.txt': record('普通'),
  'Report.TXT': record('大写扩展名'),
  'A.txt': record('大写'),
  'a.txt': record('小写'),
  [`${nfc}.txt`]: record('组合形式'),
  [`${nfd}.txt`]: record('分解形式'),
  'real/inside.txt': record('文件夹里'),
  'notes.json': '{}',
  '.DS_Store': '',
};
for (const [file, text] of Object.entries(files)) writeFileSync(join(seeds, file), text);
writeFileSync(join(outside, 'secret.txt'), record('外面'));
symlinkSync('real/inside.txt', join(seeds, 'alias.txt'));
symlinkSync('real', join(seeds, 'linked'));
symlinkSync('../outside/secret.txt', join(seeds, 'out.txt'));
symlinkSync('../outside', join(seeds, 'out-folder'));
symlinkSync('..', join(seeds, 'real', 'up'));
symlinkSync('missing.txt', join(seeds, 'broken.txt'));
symlinkSync('self.txt', join(seeds, 'self.txt'));
execFileSync('mkfifo', [join(seeds, 'pipe.txt')]);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('listSeedFiles', () => {
  test('follows links inside the folder, accepts extensions in any case, and refuses links out, loops, broken links and pipes', async () => {
    const listing = await listSeedFiles(seeds);
    expect(listing.records).toEqual(
      [
        'A.txt',
        'Report.TXT',
        'a.txt',
        'alias.txt',
        `${nfc}.txt`,
        `${nfd}.txt`,
        'linked/inside.txt',
        'plain.txt',
        'real/inside.txt',
      ].sort(),
    );
    expect(listing.ignored).toEqual(['.DS_Store', 'notes.json']);
    expect(listing.refused.map(({ file, message }) => `${file}: ${message}`)).toEqual([
      'broken.txt: This link points to `missing.txt`, which does not exist, so there is nothing to read. Remove the link, or point it at a record file.',
      'linked/up: This link points to `..`, the folder `.` that holds the link itself, so following it would never end; it is not read. Remove the link, or point it at a folder beside it.',
      'out-folder: This link points to `../outside`, outside the seeds folder, so it is not read: a build reads the seeds folder and nothing else. Move the file or folder it points to into the seeds folder, or replace the link with a copy.',
      'out.txt: This link points to `../outside/secret.txt`, outside the seeds folder, so it is not read: a build reads the seeds folder and nothing else. Move the file or folder it points to into the seeds folder, or replace the link with a copy.',
      'pipe.txt: This entry is not a regular file but a pipe, socket or device, so it is not read: reading it could wait forever. Remove it from the seeds folder.',
      'real/up: This link points to `..`, the folder `.` that holds the link itself, so following it would never end; it is not read. Remove the link, or point it at a folder beside it.',
      'self.txt: This link points to `self.txt`, which leads back to itself through other links, so there is nothing to read. Remove the link, or point it at a record file.',
    ]);
  });

  test('lists one path under the folder as the whole listing does', async () => {
    expect(await listSeedFiles(seeds, 'linked')).toEqual({
      records: ['linked/inside.txt'],
      ignored: [],
      refused: [expect.objectContaining({ file: 'linked/up' })],
    });
    expect(await listSeedFiles(seeds, 'out.txt')).toMatchObject({
      records: [],
      refused: [{ file: 'out.txt' }],
    });
    expect(await listSeedFiles(seeds, 'gone.txt')).toEqual({
      records: [],
      ignored: [],
      refused: [],
    });
  });
});

describe('readSeeds', () => {
  test('names case and Unicode twins and counts every entry of the folder once', async () => {
    const report = await readSeeds(seeds);
    const problems = formatProblems(report, 'seeds').filter(
      (line) => !line.includes('This link') && !line.includes('not a regular file'),
    );
    expect(problems).toEqual([
      'seeds/a.txt:1:1 The id `a` differs from `A` of `A.txt` only in letter case, so on a disk that ignores case (macOS, Windows) both articles would be written to one page. Rename one of the two files, for example to `a-2.txt`; `A.txt` is the one published.',
      // NFD sorts first by code point, so the NFC name is the twin.
      `seeds/${nfc}.txt:1:1 The file name \`${nfc}\` looks the same as \`${nfd}\` of \`${nfd}.txt\` but is written in another Unicode form (composed, NFC here, decomposed, NFD there: an accented letter as one character or as a letter and a combining mark, as macOS writes names), so both give the id \`${nfc}\` and one URL. Rename one of the two files, for example to \`${nfc}-2.txt\`; \`${nfd}.txt\` is the one published.`,
      'seeds/real/inside.txt:1:1 The id `inside` is already used by `linked/inside.txt`, and every article needs its own URL. Rename one of the two files, for example to `inside-2.txt`; `linked/inside.txt` is the one published.',
      // A link to a record file inside the folder is read as that record, under the link's name.
      `seeds/linked/inside.txt:1:1 The source link \`https://example.com/${encodeURIComponent('文件夹里')}\` is already published by \`alias.txt\`, so this record is left out as a duplicate. Delete this file, or correct its \`链接:\` line if it is a different article.`,
    ]);
    expect(report.published.map(({ id }) => id)).toContain('Report');
    const json = reportToJson(report);
    expect(json).toMatchObject({ records: 9, ignored: 2, refused: 7 });
    // Every entry of the folder, links and pipes included, is a record, an ignored file or a refused entry.
    expect(json.records + json.ignored + json.refused).toBe(18);
    expect(json.published + json.skipped + json.duplicated).toBe(json.records);
    expect(formatCounts(report)).toBe(
      '9 record files: 5 published, 3 skipped with errors, 1 duplicates; 2 other files ignored; 7 entries refused.',
    );
  });
});
