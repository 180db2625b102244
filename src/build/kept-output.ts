import {
  existsSync,
  readFileSync,
  readdirSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
  type Dirent,
} from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';

/**
 * Keeps the output folder between builds, so that the pages Astro's incremental build skips stay
 * where the last build wrote them instead of being copied back from Astro's cache one by one, and
 * still leaves the folder holding exactly what this build made, as if it had been emptied first.
 *
 * A build empties the folder whole, as Astro would, unless it is the one that the last build
 * with this cache folder completed, untouched since: the stamp of its assets folder (`_astro/`,
 * made anew by every build) is noted in the cache folder when a build completes, and the note is
 * removed when the next one starts, so a failed build, a build into another folder with this cache
 * or into this folder with another cache, or a folder copied back from elsewhere, is emptied. When
 * the folder is kept, its assets folder is emptied, for Vite to write again, and what it holds is
 * listed while the build runs; once the build is done, every file it held that no route wrote,
 * that is not in the assets folder and that is not a copy of a file in `public/` is removed: the
 * pages of removed records, a list's pages past its new end, files put there by hand. A `.git`
 * folder at the top is left alone, as Astro leaves it.
 *
 * Added by the `newsDigest` integration after every other, so that the files other integrations
 * write when the build is done are not taken for stale ones. Files that the build writes outside
 * Astro's routes and prunes itself are kept when `ownFile`, given their path in the folder, says so.
 */
export function keptOutput(ownFile: (path: string) => boolean): AstroIntegration {
  let config: AstroConfig;
  // What the kept folder held when the build started, listed while the build runs.
  let before: Promise<Dirent[]> = Promise.resolve([]);
  const folders = () => {
    const outDir = resolve(fileURLToPath(config.outDir));
    return {
      outDir,
      assets: join(outDir, config.build.assets),
      publicDir: fileURLToPath(config.publicDir),
      note: fileURLToPath(new URL('news-digest-output.json', config.cacheDir)),
    };
  };
  return {
    name: 'news-digest:kept-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:start': () => {
        const { outDir, assets, note } = folders();
        const stamp = outputStamp(outDir, assets);
        const kept = stamp !== undefined && readNote(note) === stamp;
        rmSync(note, { force: true });
        if (kept) {
          rmSync(assets, { recursive: true, force: true });
          before = listFolder(outDir);
        } else emptyFolder(outDir);
      },
      'astro:build:done': async ({ assets: routes }) => {
        const { outDir, assets, publicDir, note } = folders();
        const written = new Set([...routes.values()].flat().map((url) => fileURLToPath(url)));
        removeStale(
          outDir,
          await before,
          (file, path) =>
            written.has(file) ||
            file.startsWith(assets + sep) ||
            ownFile(path) ||
            existsSync(join(publicDir, path)),
        );
        const stamp = outputStamp(outDir, assets);
        if (stamp) writeFileSync(note, `${JSON.stringify(stamp)}\n`);
      },
    },
  };
}

// What identifies one build's output: its folder, and the identity and time of its assets folder.
function outputStamp(outDir: string, assets: string): string | undefined {
  if (!existsSync(assets)) return undefined;
  const { ino, mtimeNs } = statSync(assets, { bigint: true });
  return `${outDir}\0${ino}\0${mtimeNs}`;
}

function readNote(file: string): string | undefined {
  try {
    const note: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof note === 'string' ? note : undefined;
  } catch {
    return undefined;
  }
}

function emptyFolder(folder: string): void {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder))
    if (entry !== '.git') rmSync(join(folder, entry), { recursive: true, force: true });
}

/**
 * Removes the files of `entries`, listed under `folder` as the build started, that `keep` does not
 * keep, given each file's path and its path in the folder; then the folders left empty, and those
 * that were empty. A `.git` folder at the top is left alone.
 */
function removeStale(
  folder: string,
  entries: readonly Dirent[],
  keep: (file: string, path: string) => boolean,
): void {
  const git = join(folder, '.git');
  const holding = new Set(entries.map((entry) => entry.parentPath));
  let emptied = new Set<string>();
  for (const entry of entries) {
    const file = join(entry.parentPath, entry.name);
    if (file === git || file.startsWith(git + sep)) continue;
    if (entry.isDirectory()) {
      if (!holding.has(file)) emptied.add(file);
    } else if (!keep(file, file.slice(folder.length + 1))) {
      rmSync(file, { force: true });
      emptied.add(entry.parentPath);
    }
  }
  // The deepest first, then the folders that held them, while they are left empty.
  while (emptied.size > 0) {
    const parents = new Set<string>();
    for (const path of [...emptied].sort((a, b) => b.length - a.length))
      if (path !== folder && removeIfEmpty(path)) parents.add(dirname(path));
    emptied = parents;
  }
}

/** Every entry under a folder, its subfolders listed at once rather than one after another. */
async function listFolder(folder: string): Promise<Dirent[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => listFolder(join(folder, entry.name))),
  );
  return entries.concat(...nested);
}

// Whether the folder was empty and is removed; a folder that holds anything is left.
function removeIfEmpty(folder: string): boolean {
  try {
    rmdirSync(folder);
    return true;
  } catch {
    return false;
  }
}
