import pLimit from 'p-limit';
import { checkSeeds, type SeedReport } from './check-seeds.ts';
import { listSeedFiles } from './list-seed-files.ts';
import { parseSeedBytes, readSeedBytes, type SeedFile } from './seed-files.ts';

// Enough files in flight to keep the disk busy, few enough never to run out of file handles.
const openFiles = pLimit(64);

/** Reads and parses record files; `reuse` may return an earlier result for a file whose bytes it recognises. */
export function readSeedFiles(
  dir: string,
  files: string[],
  reuse?: (file: string, bytes: Buffer) => SeedFile | undefined,
): Promise<SeedFile[]> {
  return Promise.all(
    files.map((file) =>
      openFiles(async () => {
        const bytes = await readSeedBytes(dir, file);
        return reuse?.(file, bytes) ?? parseSeedBytes(bytes, file);
      }),
    ),
  );
}

/** Reads, parses and checks every record of a seeds folder, without Astro. */
export async function readSeeds(dir: string): Promise<SeedReport> {
  const { records, ignored, refused } = await listSeedFiles(dir);
  return checkSeeds(await readSeedFiles(dir, records), ignored, refused);
}
