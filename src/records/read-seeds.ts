import { checkSeeds, type SeedReport } from './check-seeds.ts';
import { listSeedFiles, parseSeedBytes, readSeedBytes } from './seed-files.ts';

/** Reads, parses and checks every record of a seeds folder, without Astro. */
export async function readSeeds(dir: string): Promise<SeedReport> {
  const { records, ignored } = await listSeedFiles(dir);
  const files = await Promise.all(records.map(async (file) => parseSeedBytes(await readSeedBytes(dir, file), file)));
  return checkSeeds(files, ignored);
}
