import { statfsSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

// What each code says of the disk, in the words a publisher knows.
const diskFaults: Record<string, string> = {
  ENOSPC: 'the disk is full (ENOSPC, no space left on device)',
  EDQUOT: 'the disk quota of this user is used up (EDQUOT), so the disk is full for this build',
  EIO: 'the disk failed to read or write (EIO, input/output error), which a full or failing disk gives',
};

/**
 * Explains an error of a build that ran out of disk: what happened, the path it was writing (or
 * the folder whose disk has no space left when the error names none), and what to do; undefined
 * for any other error.
 */
export function diskFullMessage(
  error: unknown,
  folders: readonly string[],
  root: string,
): string | undefined {
  const fault = findDiskFault(error);
  if (!fault) return undefined;
  const where = fault.path
    ? `while writing ${shownPath(fault.path, root)}`
    : `while writing into ${fullest(folders)
        .map((folder) => shownPath(folder, root))
        .join(' or ')}`;
  return (
    `The build stopped because ${diskFaults[fault.code]} ${where}, so its output is incomplete. ` +
    `Free space on that disk (${folders.map((folder) => shownPath(folder, root)).join(' and ')} are written by the build), then build again; the next build starts over where this one stopped.`
  );
}

/** A path as a message shows it: relative to the project root when it is inside it, else absolute. */
export function shownPath(path: string, root: string): string {
  const inside = relative(root, path);
  return `\`${inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? path : inside}\``;
}

// The first error with a disk code along the causes and the errors an error gathers.
function findDiskFault(error: unknown, depth = 0): { code: string; path?: string } | undefined {
  if (typeof error !== 'object' || error === null || depth > 8) return undefined;
  const { code, path, message, cause, errors } = error as {
    code?: unknown;
    path?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  // Some tools pass the error on as its message alone, `ENOSPC: no space left on device, write`.
  const named = typeof code === 'string' ? code : /^(E[A-Z]+):/.exec(String(message ?? ''))?.[1];
  if (named && Object.hasOwn(diskFaults, named))
    return { code: named, ...(typeof path === 'string' ? { path } : {}) };
  for (const inner of [cause, ...(Array.isArray(errors) ? errors : [])]) {
    const found = findDiskFault(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

// The folders whose disks have the least room left: the full one when the error does not say which.
function fullest(folders: readonly string[]): string[] {
  const free = folders.map((folder) => {
    try {
      const stats = statfsSync(folder);
      return stats.bavail * stats.bsize;
    } catch {
      return Number.POSITIVE_INFINITY;
    }
  });
  const least = Math.min(...free);
  return folders.filter((_, index) => free[index] === least);
}
