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
import type { SummaryTexts } from '../markdown/summary-texts.ts';

// What turns a record into the texts derived from it: the Markdown code, the framing and boilerplate
// patterns, and the pinned packages that code runs on.
const derivingCode = hashSources({
  ...import.meta.glob<string>('../markdown/*.ts', {
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
 * The texts that the site derives from an article's record alone (see `summaryTexts`): kept in
 * Astro's cache folder across builds, by the record's digest, in a folder named by a hash of the code
 * that derives them, so that a build derives them only for new and changed records, on whichever
 * thread asks first.
 */
export function derivedTexts(digest: string, derive: () => SummaryTexts): SummaryTexts {
  const dir = join(derivedRoot(), derivingCode);
  const file = join(dir, `${digest}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SummaryTexts;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const texts = derive();
  mkdirSync(dir, { recursive: true });
  // Written whole, then renamed, so that no other thread or process reads it cut short.
  const partial = `${file}.${process.pid}-${threadId}`;
  writeFileSync(partial, JSON.stringify(texts));
  renameSync(partial, file);
  return texts;
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
