import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IndexBuild, IndexFiles, IndexJob } from './index-build.ts';
import { indexFamilies, type IndexedDocument } from './text-index.ts';

type Shards = IndexJob['shards'];

/** The parts of the search index of a build, each built in a worker thread when it is needed. */
export interface PartBuilds {
  /** The planned shard counts of the part of this key. */
  shards(key: string): Shards;
  /**
   * Builds in turn, on the other core, the parts that the last build did not write, without
   * holding the build open for them; a build that restores every part from the last one builds none.
   */
  start(): void;
  /** The files of the part of this key, built now if they are not built yet. */
  files(key: string): Promise<IndexFiles>;
}

/**
 * Prepares the parts of the index by key: `documents` gives the analysed articles of a part, `plan`
 * its shard counts and `build` its files, given the part's job and key. `recordFile` (in Astro's
 * cache folder) holds the parts the last build wrote, whose files Astro restores instead of asking
 * for them, with their shard counts; this call writes this build's parts there. A part's key
 * hashes its articles and the code that indexes them, so a recorded part keeps its counts and its
 * articles are analysed only if it is built. The record only decides what is planned and built
 * ahead: a part whose files are asked for is built then, whatever the record says.
 */
export function partBuilds(
  parts: ReadonlyMap<string, () => readonly IndexedDocument[]>,
  plan: (documents: readonly IndexedDocument[]) => Shards,
  build: (job: IndexJob, key: string) => IndexBuild,
  recordFile?: string,
): PartBuilds {
  const written = recordFile ? readRecord(recordFile) : new Map<string, Shards>();
  const jobs = new Map(
    [...parts].map(([key, analyse]) => {
      let documents: readonly IndexedDocument[] | undefined;
      const documentsOnce = () => (documents ??= analyse());
      return [key, { shards: written.get(key) ?? plan(documentsOnce()), documents: documentsOnce }];
    }),
  );
  if (recordFile)
    writeRecord(recordFile, new Map([...jobs].map(([key, { shards }]) => [key, shards])));
  const builds = new Map<string, IndexBuild>();
  const part = (key: string) => {
    const job = jobs.get(key);
    if (!job) throw new Error(`The search index has no part \`${key}\`.`);
    let started = builds.get(key);
    if (!started) builds.set(key, (started = build({ ...job, documents: job.documents() }, key)));
    return started;
  };
  const ahead = [...jobs.keys()].filter((key) => !written.has(key));
  let started = false;
  return {
    shards: (key) => jobs.get(key)!.shards,
    start() {
      if (started) return;
      started = true;
      // One part at a time, so that the parts ahead take the one core the pages leave free.
      void ahead.reduce(
        (previous, key) => previous.then(() => part(key).start()),
        Promise.resolve(),
      );
    },
    files: (key) => part(key).files(),
  };
}

function readRecord(file: string): Map<string, Shards> {
  try {
    const record: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return new Map(
      Object.entries(typeof record === 'object' && record !== null ? record : {}).filter(
        (entry): entry is [string, Shards] => isShards(entry[1]),
      ),
    );
  } catch {
    // No record, or one cut short: every part is planned and built ahead, as in a first build.
    return new Map();
  }
}

function isShards(value: unknown): value is Shards {
  return (
    typeof value === 'object' &&
    value !== null &&
    indexFamilies.every((family) => {
      const count = (value as Record<string, unknown>)[family];
      return Number.isSafeInteger(count) && (count as number) >= 1;
    })
  );
}

function writeRecord(file: string, shards: ReadonlyMap<string, Shards>): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(Object.fromEntries(shards))}\n`);
}
