import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Writes a file that other threads and processes may read at any time: whole, under a name of this
 * thread's own, then renamed into place, so that no reader sees it cut short.
 */
export function writeKept(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}-${threadId}`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}
