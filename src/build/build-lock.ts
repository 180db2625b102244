import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { shownPath } from './disk-full.ts';

/** The lock files a build holds, one beside each folder it writes, and a way to let them go. */
export interface BuildLock {
  files: string[];
  release: () => void;
}

/** What a lock file holds: the build that took it. */
interface LockOwner {
  pid: number;
  started: string;
}

/** The lock file of a folder: beside it, named after it, so that emptying the folder leaves it alone. */
export function lockFileOf(folder: string): string {
  return `${folder.replace(/\/+$/, '')}.lock`;
}

/**
 * Takes the lock of every folder a build writes, or throws a message naming the build that holds
 * one. A lock whose build is gone (killed, or crashed before it let go) is taken over.
 */
export function takeBuildLock(folders: readonly string[], root: string): BuildLock {
  const owner: LockOwner = { pid: process.pid, started: new Date().toISOString() };
  const taken: string[] = [];
  const release = () => {
    for (const file of taken.splice(0)) if (ownerOf(file)?.pid === owner.pid) rmSync(file);
  };
  try {
    for (const folder of folders) {
      const file = lockFileOf(folder);
      if (!create(file, owner)) {
        const holder = ownerOf(file);
        if (holder && holder.pid !== owner.pid && isRunning(holder.pid))
          throw new Error(heldBy(file, folder, holder, root));
        // The build that held it is gone: take the lock over.
        rmSync(file, { force: true });
        if (!create(file, owner)) throw new Error(heldBy(file, folder, ownerOf(file), root));
      }
      taken.push(file);
    }
  } catch (error) {
    release();
    throw error;
  }
  return { files: [...taken], release };
}

// Creates the lock file only if there is none: the file system decides which of two builds wins.
function create(file: string, owner: LockOwner): boolean {
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${JSON.stringify(owner)}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function ownerOf(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return Number.isInteger(owner.pid) ? (owner as LockOwner) : undefined;
  } catch {
    // Gone, or cut short by a build killed as it wrote it: nobody holds it.
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function heldBy(file: string, folder: string, holder: LockOwner | undefined, root: string): string {
  const who = holder ? `build ${holder.pid}, started ${holder.started}` : 'a build';
  return (
    `Another build (${who}) is writing ${shownPath(folder, root)}, and two builds at once would delete each other's files. ` +
    `Wait for it to finish, or stop it (\`kill ${holder?.pid ?? '<pid>'}\`); if no build is running, delete ${shownPath(file, root)}.`
  );
}
