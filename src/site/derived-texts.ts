import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { boilerplate } from 'virtual:news-digest/assets';
import framing from '../../framing.json?raw';
import packages from '../../package.json?raw';
import { hashSources } from '../loader/parser-salt.ts';

// What turns a record into the texts derived from it: the Markdown and feed code, the framing and
// boilerplate patterns, and the pinned packages that code runs on.
const derivingCode = hashSources({
  ...import.meta.glob<string>(['../markdown/*.ts', '../feeds/feed-item.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  boilerplate,
  framing,
  packages,
}).slice(0, 16);

const derivedRoot = () => join(import.meta.env.NEWS_DIGEST_CACHE, 'news-digest-derived');

/**
 * A text that the site derives from an article's record alone, such as its excerpt: kept in Astro's
 * cache folder across builds, by the record's digest, in a folder named by a hash of the code that
 * derives it, so that a build computes it only for new and changed records, on whichever thread
 * asks first. `kind` names what is derived.
 */
export function derivedText(kind: string, digest: string, derive: () => string): string {
  const dir = join(derivedRoot(), derivingCode, kind);
  const file = join(dir, `${digest}.txt`);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const text = derive();
  mkdirSync(dir, { recursive: true });
  // Written whole, then renamed, so that no other thread or process reads it cut short.
  const partial = `${file}.${process.pid}-${threadId}`;
  writeFileSync(partial, text);
  renameSync(partial, file);
  return text;
}

/**
 * Removes the texts derived by other code. The texts of records since removed stay until the code
 * changes: one small file each.
 */
export function pruneDerivedTexts(): void {
  const root = derivedRoot();
  if (!existsSync(root)) return;
  for (const name of readdirSync(root))
    if (name !== derivingCode) rmSync(join(root, name), { recursive: true, force: true });
}
