import { stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';

// A path is read once its events have stopped for this long: an editor's or a script's burst of
// writes (two writes 20 ms apart, a large record written in chunks) is then read once, complete.
const quietMs = 100;

/**
 * Reads a path of the seeds folder again after the watcher reports it, once its writes settle:
 * events of one path are merged until it has been quiet for a moment, paths are read one at a
 * time, and a path read while it was still being written, or written again without an event, is
 * read once more, so the last content is always the one served.
 */
export function watchSeeds(
  watcher: NonNullable<LoaderContext['watcher']>,
  seedsPath: string,
  sync: (path: string) => Promise<void>,
  onError: (error: Error) => void,
): void {
  const timers = new Map<string, NodeJS.Timeout>();
  let queue = Promise.resolve();
  const schedule = (path: string, check?: string) => {
    clearTimeout(timers.get(path));
    const timer = setTimeout(() => {
      timers.delete(path);
      queue = queue.then(() => settle(path, check)).catch(onError);
    }, quietMs);
    timers.set(path, timer);
  };
  // Reads the path unless `check` is its state as last read and it still has it; then looks again
  // after a quiet moment, in case a write landed while it was read or its event was lost.
  const settle = async (path: string, check?: string) => {
    const before = await stateOf(join(seedsPath, path));
    if (check === before) return;
    await sync(path);
    schedule(path, before);
  };
  watcher.add(seedsPath);
  watcher.on('all', (_event, path) => {
    if (!path.startsWith(seedsPath + sep)) return;
    schedule(relative(seedsPath, path).replaceAll(sep, '/'));
  });
}

// What tells two versions of a path apart without reading it: gone, or its size, time and inode.
async function stateOf(path: string): Promise<string> {
  const stats = await stat(path).catch(() => undefined);
  return stats ? `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}` : 'gone';
}
