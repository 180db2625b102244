import { createHash } from 'node:crypto';

// The code that turns the bytes of a seed file into a stored record: the record parsers, the
// normalizers they call, and what the store and the files beside it keep of a record. Vite reads
// the files' text when it loads the loader.
const parserSources = import.meta.glob<string>(
  ['../records/*.ts', '../normalize/*.ts', './seed-sync.ts', './article-texts.ts'],
  { query: '?raw', import: 'default', eager: true },
);

/** A hash of source files given by path, which changes when any of them is added, removed or edited. */
export function hashSources(sources: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const path of Object.keys(sources).sort()) hash.update(`${path}\0${sources[path]}\0`);
  return hash.digest('hex');
}

/** The salt of every seed file's digest: a hash of the parsing code, so that changing the parser reads every file again. */
export const parserSalt = hashSources(parserSources);
