import pLimit from 'p-limit';
import { checkSeeds, type SeedReport } from './check-seeds.ts';
import { defaultTimeZone } from '../normalize/dates.ts';
import { listSeedFiles } from './list-seed-files.ts';
import { parseSeedBytes, readSeedBytes, type SeedFile } from './seed-files.ts';

// Enough files in flight to keep the disk busy, few enough never to run out of file handles.
const openFiles = pLimit(64);

/** Reads and parses record files, reading dates in `timeZone`; `reuse` may return an earlier result for a file whose bytes it recognises. */
export function readSeedFiles(
  dir: string,
  files: string[],
  timeZone: string,
  reuse?: (file: string, bytes: Buffer) => SeedFile | undefined,
): Promise<SeedFile[]> {
  return Promise.all(
    files.map((file) =>
      openFiles(async () => {
        const bytes = await readSeedBytes(dir, file);
        return reuse?.(file, bytes) ?? parseSeedBytes(bytes, file, timeZone);
      }),
    ),
  );
}

/** Reads, parses and checks every record of a seeds folder, without Astro, reading dates in `timeZone`. */
export async function readSeeds(dir: string, timeZone = defaultTimeZone): Promise<SeedReport> {
  const { records, ignored, refused } = await listSeedFiles(dir);
  return checkSeeds(await readSeedFiles(dir, records, timeZone), ignored, refused);
}
