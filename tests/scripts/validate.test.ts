import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const validate = (seedsDir: string, ...args: string[]) =>
  promisify(execFile)(process.execPath, ['scripts/validate.ts', ...args], { env: { ...process.env, SEEDS_DIR: seedsDir } }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );

describe('npm run validate', () => {
  test('prints every problem with its location and exits 1 when a record is bad', async () => {
    const { code, stdout } = await validate('tests/fixtures/records/invalid');
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(17);
    expect(lines).toContain(
      'tests/fixtures/records/invalid/missing-title.txt:1:1 The record has no title. Add a title line, for example `标题: 大模型产业方兴未艾`.',
    );
    expect(lines.at(-1)).toBe('16 record files: 0 published, 16 skipped with errors, 0 duplicates; 0 other files ignored.');
  });

  test('prints one JSON object with --json', async () => {
    const { code, stdout } = await validate('tests/fixtures/records/invalid', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ records: 16, valid: 0, published: 0, skipped: 16, duplicated: 0, ignored: 0, duplicates: [] });
    expect(report.errors).toContainEqual({
      file: 'javascript-link.txt',
      line: 2,
      column: 5,
      field: '链接',
      message: expect.stringMatching(/^The link `javascript:alert\(1\)` is not an absolute http: or https: URL/),
    });
  });

  test('exits 0 for the seeds folder', async () => {
    const { code, stdout } = await validate('seeds');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('1 record files: 1 published, 0 skipped with errors, 0 duplicates; 0 other files ignored.');
  });
});
