import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { boilerplate } from 'virtual:news-digest/assets';
import framing from '../../framing.json?raw';
import { hashSources } from '../loader/parser-salt.ts';
import type { RecordTexts } from '../markdown/summary-texts.ts';
import { readKept, writeKept } from './kept-file.ts';

// What turns a record into the texts derived from it: the Markdown code, the framing and boilerplate
// patterns, and the packages that code runs on, as the lock file pins them, dependencies of
// dependencies too.
const derivingCode = hashSources({
  ...import.meta.glob<string>(
    ['../markdown/*.ts', '../../package.json', '../../package-lock.json'],
    {
      query: '?raw',
      import: 'default',
      eager: true,
    },
  ),
  boilerplate,
  framing,
}).slice(0, 16);

const derivedRoot = (cacheDir: string) => join(cacheDir, 'news-digest-derived');

/** The folder of the texts that this code derives (see `derivedTexts`), in Astro's cache folder. */
export function derivedTextsFolder(cacheDir: string = import.meta.env.NEWS_DIGEST_CACHE): string {
  return join(derivedRoot(cacheDir), derivingCode);
}

/**
 * The texts that the site derives from an article's record alone (see `recordTexts`): kept in
 * Astro's cache folder across builds, by the record's digest, in a folder named by a hash of the code
 * that derives them, so that a build derives them only for new and changed records, on whichever
 * thread asks first, unless the loader derived them ahead (see `deriveAhead`).
 */
export function derivedTexts(digest: string, derive: () => RecordTexts): RecordTexts {
  const file = join(derivedTextsFolder(), `${digest}.json`);
  try {
    return JSON.parse(readKept(file)) as RecordTexts;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const texts = derive();
  writeKept(file, JSON.stringify(texts));
  return texts;
}

/** Removes the texts derived by other code, and those of records whose digest is not among `digests`, the published records'. */
export function pruneDerivedTexts(digests: ReadonlySet<string>): void {
  const root = derivedRoot(import.meta.env.NEWS_DIGEST_CACHE);
  if (!existsSync(root)) return;
  for (const name of readdirSync(root))
    if (name !== derivingCode) rmSync(join(root, name), { recursive: true, force: true });
  const folder = derivedTextsFolder();
  if (!existsSync(folder)) return;
  // A file still being written has another name (see `writeKept`).
  for (const name of readdirSync(folder))
    if (name.endsWith('.json') && !digests.has(name.slice(0, -'.json'.length)))
      rmSync(join(folder, name), { force: true });
}
