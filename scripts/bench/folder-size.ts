import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The size of a built site or of a part of it. */
export interface FolderSize {
  bytes: number;
  files: number;
}

/** Adds up the files under a folder. */
export function folderSize(dir: string): FolderSize {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  return {
    bytes: files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0),
    files: files.length,
  };
}
