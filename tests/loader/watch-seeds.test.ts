import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { watchSeeds } from '../../src/loader/watch-seeds.ts';

const seeds = mkdtempSync(join(tmpdir(), 'news-digest-watch-'));
afterAll(() => rmSync(seeds, { recursive: true, force: true }));

// A watcher as `npm run dev` gives it, and the contents each sync of a path read.
function watch() {
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const reads: string[] = [];
  const sync = vi.fn(async (path: string): Promise<void> => {
    reads.push(`${path}=${readFileSync(join(seeds, path), 'utf8')}`);
  });
  const onError = vi.fn();
  watchSeeds(watcher as unknown as NonNullable<LoaderContext['watcher']>, seeds, sync, onError);
  const event = (path: string) => watcher.emit('all', 'change', join(seeds, path));
  return { watcher, reads, sync, event, onError };
}

describe('watchSeeds', () => {
  test('reads a burst of writes to one file once, after the last write', async () => {
    const { watcher, reads, event } = watch();
    expect(watcher.add).toHaveBeenCalledWith(seeds);
    for (const version of ['1', '2', '3']) {
      writeFileSync(join(seeds, 'a.txt'), version);
      event('a.txt');
    }
    await vi.waitFor(() => expect(reads).toEqual(['a.txt=3']));
  });

  test('reads a file again when it changed after it was read, even without an event', async () => {
    const { reads, event } = watch();
    writeFileSync(join(seeds, 'b.txt'), 'half');
    event('b.txt');
    await vi.waitFor(() => expect(reads).toEqual(['b.txt=half']));
    // The rest of the record is written, and the watcher's event for it is lost.
    writeFileSync(join(seeds, 'b.txt'), 'half and the rest');
    await vi.waitFor(() => expect(reads).toEqual(['b.txt=half', 'b.txt=half and the rest']));
  });

  test('ignores paths outside the seeds folder and reports a failed read without stopping', async () => {
    const { sync, event, watcher, onError, reads } = watch();
    watcher.emit('all', 'change', join(tmpdir(), 'elsewhere.txt'));
    sync.mockRejectedValueOnce(new Error('cannot read'));
    writeFileSync(join(seeds, 'c.txt'), 'c');
    event('c.txt');
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(new Error('cannot read')));
    writeFileSync(join(seeds, 'c.txt'), 'c again');
    event('c.txt');
    await vi.waitFor(() => expect(reads).toEqual(['c.txt=c again']));
    expect(sync.mock.calls.map(([path]) => path)).toEqual(['c.txt', 'c.txt']);
  });
});
