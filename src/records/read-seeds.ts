import { checkSeeds, type SeedReport } from './check-seeds.ts';
import { defaultTimeZone } from '../normalize/dates.ts';
import { listSeedFiles } from './list-seed-files.ts';
import { parseSeedBytes, readSeedBytes, type SeedFile } from './seed-files.ts';

/**
 * Reads and parses record files, reading dates in `timeZone`; `reuse` may return an earlier result
 * for a file whose bytes it recognises. The files are read one after another on this thread: a
 * record file is small, and a folder of them is read in a fifth of the time that handing each read
 * to Node's thread pool takes.
 */
export function readSeedFiles(
  dir: string,
  files: string[],
  timeZone: string,
  reuse?: (file: string, bytes: Buffer) => SeedFile | undefined,
): SeedFile[] {
  return files.map((file) => {
    const bytes = readSeedBytes(dir, file);
    return reuse?.(file, bytes) ?? parseSeedBytes(bytes, file, timeZone);
  });
}

/** Reads, parses and checks every record of a seeds folder, without Astro, reading dates in `timeZone`. */
export async function readSeeds(dir: string, timeZone = defaultTimeZone): Promise<SeedReport> {
  const { records, ignored, refused } = await listSeedFiles(dir);
  return checkSeeds(readSeedFiles(dir, records, timeZone), ignored, refused);
}
