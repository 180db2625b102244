import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/**
 * The text of a kept file, decoded from its bytes: Node's `readFileSync(file, 'utf8')` decodes text
 * that is not ASCII, as Chinese is, three to four times slower than `Buffer#toString`, and the pages
 * read thousands of these files.
 */
export function readKept(file: string): string {
  return readFileSync(file).toString();
}
