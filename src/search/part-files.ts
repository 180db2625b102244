import { copyFile, link, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { indexFamilies, type IndexFamily, type TextIndex } from './text-index.ts';

/**
 * The files of the search index's parts are kept in Astro's cache folder, in a folder of their own
 * for each part, named by its key: `news-digest-search-index/<key>/<family>/<shard>.bin`. A part's
 * folder appears whole or not at all, so a part whose folder is there is built. A build links each
 * part's folder into the output (`search-index/<key>/`), and the dev server serves the files from
 * there.
 */
export function partFolders(cacheDir: string): string {
  return join(cacheDir, 'news-digest-search-index');
}

/** The form of a part's key, which names its folders and its kept index: the start of a hash, in hex (see `partKey` in `search-data.ts`). */
export const partKeyPattern = '[0-9a-f]{16}';

const outputPartFile = new RegExp(`^search-index/${partKeyPattern}/`);
// A part's folder, or one being filled under another name (`<key>.<…>.partial`).
const partEntry = new RegExp(`^${partKeyPattern}(?:\\.|$)`);
const partName = new RegExp(`^${partKeyPattern}$`);

/** Whether a path in a build's output is one of the parts' files, which the index links and prunes itself (`PartBuilds`). */
export function isOutputPartFile(path: string): boolean {
  return outputPartFile.test(path);
}

/** The keys of the parts whose folders are in Astro's cache folder. */
export function keptParts(cacheDir: string): string[] {
  try {
    return readdirSync(partFolders(cacheDir)).filter((name) => partName.test(name));
  } catch {
    return [];
  }
}

/** The path, under a part's folder, of one of its files. */
export function partFile(family: IndexFamily, shard: number): string {
  return join(family, `${shard}.bin`);
}

/**
 * Writes the files of a part into its folder, under another name first, renamed once every file is
 * written, so that a reader never finds half a part. When the folder is already there, another
 * process wrote the same part (its key names its articles and the code), and it is kept.
 */
export function writePartFiles(folder: string, files: TextIndex['files']): void {
  const partial = `${folder}.${process.pid}-${threadId}.partial`;
  rmSync(partial, { recursive: true, force: true });
  for (const family of indexFamilies) {
    mkdirSync(join(partial, family), { recursive: true });
    files[family].forEach((file, shard) =>
      writeFileSync(join(partial, partFile(family, shard)), file),
    );
  }
  try {
    renameSync(partial, folder);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!isCode(error, 'ENOTEMPTY', 'EEXIST')) throw error;
  }
}

/** How many files of each family a part's folder holds; none if it is not there. */
export function partShards(folder: string): Record<IndexFamily, number> | undefined {
  try {
    return Object.fromEntries(
      indexFamilies.map((family) => [family, readdirSync(join(folder, family)).length]),
    ) as Record<IndexFamily, number>;
  } catch {
    return undefined;
  }
}

/**
 * Puts a part's files into the output, as links to those in the cache, which cost the file system
 * no new file; as copies where the two folders are on different disks or links are refused.
 * The folder is filled under another name and renamed, like the part's own.
 */
export async function linkPart(from: string, to: string): Promise<void> {
  const partial = `${to}.${process.pid}.partial`;
  await rm(partial, { recursive: true, force: true });
  await Promise.all(
    indexFamilies.map(async (family) => {
      await mkdir(join(partial, family), { recursive: true });
      await Promise.all(
        (await readdir(join(from, family))).map(async (name) => {
          const source = join(from, family, name);
          const target = join(partial, family, name);
          await link(source, target).catch(() => copyFile(source, target));
        }),
      );
    }),
  );
  await rm(to, { recursive: true, force: true });
  await rename(partial, to);
}

/** Removes from `folder` every entry but the folders of `keys`: the parts of earlier builds. */
export async function removeOtherParts(folder: string, keys: ReadonlySet<string>): Promise<void> {
  const names = await readdir(folder).catch(() => []);
  await Promise.all(
    names
      .filter((name) => partEntry.test(name) && !keys.has(name))
      .map((name) => rm(join(folder, name), { recursive: true, force: true })),
  );
}

function isCode(error: unknown, ...codes: string[]): boolean {
  return codes.includes((error as NodeJS.ErrnoException).code ?? '');
}
