import { describe, expect, test, vi } from 'vitest';
import { readSeedFiles, readSeeds } from '../../src/records/read-seeds.ts';

const dir = 'tests/fixtures/mixed';

describe('readSeeds', () => {
  test('publishes the valid records of a folder by id and lists ignored files by seeds-relative path', async () => {
    const report = await readSeeds(dir);
    expect(report.published.map(({ id, file }) => [id, file])).toEqual([
      ['ok-1', 'ok-1.txt'],
      ['ok-2', 'ok-2.md'],
      ['ok-3', 'nested/ok-3.txt'],
    ]);
    expect(report.ignored).toEqual(['.DS_Store', 'image.png', 'notes.json']);
    expect(report.records).toBe(7);
  });
});

describe('readSeedFiles', () => {
  test('takes the result the callback returns instead of parsing the file again', () => {
    const kept = { file: 'ok-1.txt', id: 'ok-1', result: { problems: [], warnings: [] } };
    const reuse = vi.fn((file: string) => (file === 'ok-1.txt' ? kept : undefined));
    const files = readSeedFiles(dir, ['ok-1.txt', 'bad-title.txt'], 'Asia/Shanghai', reuse);
    expect(files[0]).toBe(kept);
    expect(files[1]?.result.problems.map(({ field }) => field)).toEqual(['标题']);
    expect(reuse).toHaveBeenCalledWith('bad-title.txt', expect.any(Buffer));
  });
});
