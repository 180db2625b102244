import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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
 * the folder is kept, its assets folder is emptied, for Vite to write again; once the build is
 * done, every file that no route wrote, that is not in the assets folder and that is not a copy
 * of a file in `public/` is removed: the pages of removed records, a list's pages past its new
 * end. A `.git` folder at the top is left alone, as Astro leaves it.
 *
 * Added by the `newsDigest` integration after every other, so that the files other integrations
 * write when the build is done are not taken for stale ones. Files that the build writes outside
 * Astro's routes and prunes itself are kept when `ownFile`, given their path in the folder, says so.
 */
export function keptOutput(ownFile: (path: string) => boolean): AstroIntegration {
  let config: AstroConfig;
  const folders = () => {
    const outDir = fileURLToPath(config.outDir);
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
        if (kept) rmSync(assets, { recursive: true, force: true });
        else emptyFolder(outDir);
      },
      'astro:build:done': ({ assets: routes }) => {
        const { outDir, assets, publicDir, note } = folders();
        const written = new Set([...routes.values()].flat().map((url) => fileURLToPath(url)));
        removeStale(
          outDir,
          (file) =>
            written.has(file) ||
            isInside(file, assets) ||
            ownFile(relative(outDir, file)) ||
            existsSync(join(publicDir, relative(outDir, file))),
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

/** Removes the files under `folder` that `keep` does not keep, and the folders left empty; returns whether `folder` is empty. */
function removeStale(folder: string, keep: (file: string) => boolean, top = true): boolean {
  let empty = true;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (top && entry.name === '.git') empty = false;
    else if (entry.isDirectory()) {
      if (removeStale(path, keep, false)) rmSync(path, { recursive: true });
      else empty = false;
    } else if (keep(path)) empty = false;
    else rmSync(path);
  }
  return empty;
}

function isInside(file: string, folder: string): boolean {
  const path = relative(folder, file);
  return !path.startsWith('..') && path !== '';
}
