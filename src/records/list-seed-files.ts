import type { Dirent } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { fileProblem, type RecordProblem } from './record-problem.ts';
import { isRecordFile } from './seed-files.ts';

/**
 * Every entry of a seeds folder, as sorted seeds-relative paths: record files, other files (ignored),
 * and entries that are not read at all, each with the error that says why.
 */
export interface SeedListing {
  records: string[];
  ignored: string[];
  refused: RecordProblem[];
}

/**
 * Lists the entries of a seeds folder, or of one path under it: links are followed when they lead
 * to a file or folder inside the seeds folder, and refused when they lead outside it, back into a
 * folder that holds them, or nowhere.
 */
export async function listSeedFiles(dir: string, under = ''): Promise<SeedListing> {
  const listing: SeedListing = { records: [], ignored: [], refused: [] };
  const root = await realpath(dir);
  const walk = new SeedWalk(dir, root, listing);
  if (under === '') await walk.folder('', [root]);
  else await walk.entry(under, await ancestorsOf(root, under));
  listing.records.sort();
  listing.ignored.sort();
  listing.refused.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return listing;
}

// The real paths of the folders that hold a seeds-relative path, from the seeds folder down.
async function ancestorsOf(root: string, path: string): Promise<string[]> {
  const parts = path.split('/').slice(0, -1);
  const ancestors = [root];
  for (let depth = 1; depth <= parts.length; depth++)
    ancestors.push(await realpath(join(root, ...parts.slice(0, depth))).catch(() => ''));
  return ancestors;
}

class SeedWalk {
  private readonly dir: string;
  private readonly root: string;
  private readonly listing: SeedListing;

  constructor(dir: string, root: string, listing: SeedListing) {
    this.dir = dir;
    this.root = root;
    this.listing = listing;
  }

  // `ancestors` are the real paths of the folders walked through to get here, the seeds folder first.
  async folder(path: string, ancestors: string[]): Promise<void> {
    const entries: Dirent[] = await readdir(join(this.dir, path), { withFileTypes: true }).catch(
      () => [],
    );
    for (const entry of entries)
      await this.entry(path === '' ? entry.name : `${path}/${entry.name}`, ancestors, entry);
  }

  // `listed` is what the folder's listing says of the entry, when it was listed.
  async entry(file: string, ancestors: string[], listed?: Dirent): Promise<void> {
    const full = join(this.dir, file);
    const own = listed ?? (await lstat(full).catch(() => undefined));
    // Gone since the folder was read: nothing to count.
    if (!own) return;
    if (!own.isSymbolicLink()) {
      if (own.isDirectory())
        await this.folder(file, [...ancestors, join(ancestors.at(-1)!, basename(file))]);
      else this.file(file, own.isFile());
      return;
    }
    const written = await readlink(full);
    const target = await realpath(full).catch((error: NodeJS.ErrnoException) => error);
    if (target instanceof Error) return this.refuse(file, brokenLink(written, target.code));
    if (target !== this.root && !target.startsWith(this.root + sep))
      return this.refuse(file, outsideLink(written));
    const stats = await stat(full);
    if (!stats.isDirectory()) return this.file(file, stats.isFile());
    if (ancestors.includes(target))
      return this.refuse(file, loopingLink(written, relative(this.root, target)));
    await this.folder(file, [...ancestors, target]);
  }

  private file(file: string, regular: boolean): void {
    if (!regular) return this.refuse(file, specialFile);
    (isRecordFile(file) ? this.listing.records : this.listing.ignored).push(file);
  }

  private refuse(file: string, message: string): void {
    this.listing.refused.push(fileProblem(file, message));
  }
}

function outsideLink(written: string): string {
  return (
    `This link points to \`${written}\`, outside the seeds folder, so it is not read: a build reads the seeds folder and nothing else. ` +
    'Move the file or folder it points to into the seeds folder, or replace the link with a copy.'
  );
}

function loopingLink(written: string, target: string): string {
  return (
    `This link points to \`${written}\`, the folder \`${target === '' ? '.' : target}\` that holds the link itself, so following it would never end; it is not read. ` +
    'Remove the link, or point it at a folder beside it.'
  );
}

function brokenLink(written: string, code: string | undefined): string {
  return code === 'ELOOP'
    ? `This link points to \`${written}\`, which leads back to itself through other links, so there is nothing to read. Remove the link, or point it at a record file.`
    : `This link points to \`${written}\`, which does not exist, so there is nothing to read. Remove the link, or point it at a record file.`;
}

const specialFile =
  'This entry is not a regular file but a pipe, socket or device, so it is not read: reading it could wait forever. Remove it from the seeds folder.';
