import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lockFileOf, takeBuildLock } from '../../src/build/build-lock.ts';

const root = mkdtempSync(join(tmpdir(), 'news-digest-lock-'));
const folders = [join(root, 'dist'), join(root, 'cache', '.astro')];
// A process that is still running, standing for another build, and the id of one that has ended.
const other = spawn('sleep', ['60']);
const ended = spawnSync('true').pid;
afterAll(() => {
  other.kill();
  rmSync(root, { recursive: true, force: true });
});

describe('lockFileOf', () => {
  test('puts the lock beside the folder, so that emptying the folder leaves it', () => {
    expect(lockFileOf('/site/dist/')).toBe('/site/dist.lock');
  });
});

describe('takeBuildLock', () => {
  test('locks every folder with the pid of this process and lets them go on release', () => {
    const lock = takeBuildLock(folders, root);
    expect(lock.files).toEqual([join(root, 'dist.lock'), join(root, 'cache', '.astro.lock')]);
    for (const file of lock.files)
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(lock.files.filter((file) => existsSync(file))).toEqual([]);
  });

  test('refuses a folder that a running build holds, naming its pid and what to do, and keeps no lock of its own', () => {
    const held = lockFileOf(folders[1]!);
    writeFileSync(held, JSON.stringify({ pid: other.pid, started: '2025-01-01T00:00:00.000Z' }));
    expect(() => takeBuildLock(folders, root)).toThrow(
      `Another build (build ${other.pid}, started 2025-01-01T00:00:00.000Z) is writing \`cache/.astro\`, and two builds at once would delete each other's files. ` +
        `Wait for it to finish, or stop it (\`kill ${other.pid}\`); if no build is running, delete \`cache/.astro.lock\`.`,
    );
    expect(existsSync(lockFileOf(folders[0]!))).toBe(false);
    rmSync(held);
  });

  test.each([
    [
      'a build that was killed',
      JSON.stringify({ pid: ended, started: '2025-01-01T00:00:00.000Z' }),
    ],
    ['a build killed while it wrote the lock', '{"pid":'],
  ])('takes over the lock of %s', (_, content) => {
    writeFileSync(lockFileOf(folders[0]!), content);
    const lock = takeBuildLock(folders, root);
    expect(JSON.parse(readFileSync(lock.files[0]!, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });
});
