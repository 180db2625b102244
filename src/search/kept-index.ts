import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { threadId } from 'node:worker_threads';
import { FieldIndex, Vocabulary, type FieldIndexSnapshot } from './field-index.ts';
import { partKeyPattern } from './part-files.ts';
import type { IndexedFields } from './text-index.ts';

/**
 * The index of the newest part of the search index, as it stood when the part was built, kept so
 * that the next build, when articles have only been added after the part's, indexes just those
 * (see `indexDocuments`). One file in its folder, `<key>-<count>.bin`: the part's key and how many
 * articles it holds.
 */
export interface KeptIndex {
  key: string;
  count: number;
  file: string;
}

/** The folder of the kept index, in Astro's cache folder. */
export function keptIndexFolder(cacheDir: string): string {
  return join(cacheDir, 'news-digest-search-tail');
}

/** The file that keeps the index of the part of `key`, of `count` articles. */
export function keptIndexFile(folder: string, key: string, count: number): string {
  return join(folder, `${key}-${count}.bin`);
}

const keptIndexName = new RegExp(`^(${partKeyPattern})-(\\d+)\\.bin$`);

/** The indexes kept in a folder; none if it is missing. */
export function keptIndexes(folder: string): KeptIndex[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const match = keptIndexName.exec(name);
    return match ? [{ key: match[1]!, count: Number(match[2]), file: join(folder, name) }] : [];
  });
}

interface KeptFields {
  documents: number;
  characters: string[];
  head: FieldIndexSnapshot;
  body: FieldIndexSnapshot;
}

/**
 * Keeps `fields` in `file`, in place of the other files of its folder. It is written under another
 * name and then renamed, so that a reader never finds half of it. Keeping only saves the next build
 * time, so a failure (a full disk, another build's file in the way) leaves the index unkept.
 */
export function keepIndex(
  file: string,
  { documents, vocabulary, head, body }: IndexedFields,
): void {
  const folder = dirname(file);
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  try {
    mkdirSync(folder, { recursive: true });
    for (const name of readdirSync(folder)) rmSync(join(folder, name), { force: true });
    const kept: KeptFields = {
      documents,
      characters: vocabulary.snapshot(),
      head: head.snapshot(),
      body: body.snapshot(),
    };
    writeFileSync(partial, serialize(kept));
    renameSync(partial, file);
  } catch {
    rmSync(partial, { force: true });
  }
}

/** The index kept in `file`, of its first `count` articles; none if the file is gone, unreadable or holds another count. */
export function readKeptIndex(file: string, count: number): IndexedFields | undefined {
  let kept: KeptFields;
  try {
    kept = deserialize(readFileSync(file)) as KeptFields;
  } catch {
    return undefined;
  }
  if (kept.documents !== count) return undefined;
  const vocabulary = Vocabulary.from(kept.characters);
  return {
    documents: count,
    vocabulary,
    head: FieldIndex.from(kept.head, vocabulary),
    body: FieldIndex.from(kept.body, vocabulary),
  };
}
