import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const validate = (env: Record<string, string>, ...args: string[]) =>
  promisify(execFile)(process.execPath, ['scripts/validate.ts', ...args], {
    env: { ...process.env, ...env },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );

const invalid = 'tests/fixtures/records/invalid';
const valid = 'tests/fixtures/records/valid';
const invalidFiles = readdirSync(invalid);
const validFiles = readdirSync(valid);

describe('npm run validate', () => {
  test('prints every problem of every file with its location, then the counts, and exits 1 when a record is bad', async () => {
    const { code, stdout } = await validate({ SEEDS_DIR: invalid });
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    const problems = lines.slice(0, -1);
    expect(new Set(problems.map((line) => line.slice(0, line.indexOf(':'))))).toEqual(
      new Set(invalidFiles.map((file) => `${invalid}/${file}`)),
    );
    for (const line of problems)
      expect(line).toMatch(/^tests\/fixtures\/records\/invalid\/[^:]+:[1-9]\d*:[1-9]\d* \S/);
    expect(problems).toContain(
      `${invalid}/missing-title.txt:1:1 The record has no title. Add a title line, for example \`标题: 大模型产业方兴未艾\`.`,
    );
    expect(lines.at(-1)).toBe(
      `${invalidFiles.length} record files: 0 published, ${invalidFiles.length} skipped with errors, 0 duplicates; 0 other files ignored.`,
    );
  });

  test('prints one JSON object with --json', async () => {
    const { code, stdout } = await validate({ SEEDS_DIR: invalid }, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const count = invalidFiles.length;
    expect(report).toMatchObject({
      records: count,
      valid: 0,
      published: 0,
      skipped: count,
      duplicated: 0,
      ignored: 0,
      duplicates: [],
    });
    expect(report.errors).toContainEqual({
      file: 'javascript-link.txt',
      line: 2,
      column: 5,
      field: '链接',
      message: expect.stringMatching(
        /^The link `javascript:alert\(1\)` is not an absolute http: or https: URL/,
      ),
    });
  });

  test('prints only the counts and exits 0 when every record is valid', async () => {
    const { code, stdout } = await validate({ SEEDS_DIR: valid });
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(
      `${validFiles.length} record files: ${validFiles.length} published, 0 skipped with errors, 0 duplicates; 0 other files ignored.`,
    );
  });

  test('prints warnings and duplicates but exits 0 when no record has an error', async () => {
    const dir = 'tests/fixtures/warnings-only';
    const { code, stdout } = await validate({ SEEDS_DIR: dir });
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      `${dir}/a.txt:4:5 The item \`……\` of \`行业\` has no letter or digit, so it cannot be a term and was left out. Remove it from the list.`,
      `${dir}/b.txt:1:1 The source link \`https://example.com/warn/1\` is already published by \`a.txt\`, so this record is left out as a duplicate. ` +
        'Delete this file, or correct its `链接:` line if it is a different article.',
      '2 record files: 1 published, 0 skipped with errors, 1 duplicates; 0 other files ignored.',
    ]);
  });

  test.each([
    [
      { SEEDS_DIR: 'tests/fixtures/no-such-folder' },
      'The seeds folder `tests/fixtures/no-such-folder` does not exist.',
    ],
    [
      { SEEDS_DIR: valid, PAGE_SIZE: 'many' },
      '`PAGE_SIZE=many` is not a whole number from 1 to 500',
    ],
  ])('exits 2 without a report when the settings %j cannot be used', async (env, message) => {
    const { code, stdout, stderr } = await validate(env);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});
