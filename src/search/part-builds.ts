import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexBuild, IndexJob } from './index-build.ts';
import { linkPart, partShards, removeOtherParts } from './part-files.ts';
import type { IndexedDocument } from './text-index.ts';

type Shards = IndexJob['shards'];

/** The parts of the search index of a build, each built in a worker thread when it is needed. */
export interface PartBuilds {
  /** The shard counts of the part of this key. */
  shards(key: string): Shards;
  /**
   * Builds in turn, on the other core, the parts whose folder is missing, without holding the build
   * open for them; a build that keeps every part from the last one builds none.
   */
  start(): void;
  /** The folder of the part of this key, built now if it is not built yet. */
  folder(key: string): Promise<string>;
  /**
   * Settles once every part is built and linked into the output folder, if there is one, and the
   * parts of earlier builds are removed from both; rejects when a part cannot be built.
   */
  written(): Promise<void>;
}

/**
 * Prepares the parts of the index by key: `documents` gives the analysed articles of a part, `plan`
 * its shard counts and `build` its files, given the part's job and key. Each part's files are in
 * its folder under `cache` (see `part-files.ts`); a part whose folder is there is kept as it is,
 * with the shard counts of its files, and its articles are analysed only if it is built. A build
 * gives `output`, its `search-index/` folder, which gets every part's folder as links.
 */
export function partBuilds(
  parts: ReadonlyMap<string, () => readonly IndexedDocument[]>,
  plan: (documents: readonly IndexedDocument[]) => Shards,
  build: (job: IndexJob, key: string) => IndexBuild,
  cache: string,
  output?: string,
): PartBuilds {
  const jobs = new Map(
    [...parts].map(([key, analyse]) => {
      let documents: readonly IndexedDocument[] | undefined;
      const documentsOnce = () => (documents ??= analyse());
      const folder = join(cache, key);
      const kept = partShards(folder);
      return [
        key,
        { folder, kept: kept !== undefined, shards: kept ?? plan(documentsOnce()), documentsOnce },
      ];
    }),
  );
  const builds = new Map<string, IndexBuild>();
  const part = (key: string) => {
    const job = jobs.get(key);
    if (!job) throw new Error(`The search index has no part \`${key}\`.`);
    let started = builds.get(key);
    if (!started)
      builds.set(
        key,
        (started = build(
          { documents: job.documentsOnce(), shards: job.shards, folder: job.folder },
          key,
        )),
      );
    return started;
  };
  // One part at a time, so that the parts ahead take the one core the pages leave free; each
  // part's turn settles when its build has finished or failed.
  let turns: Map<string, Promise<void>> | undefined;
  const start = () => {
    if (turns) return turns;
    let previous = Promise.resolve();
    turns = new Map();
    for (const [key, { kept }] of jobs)
      if (!kept) turns.set(key, (previous = previous.then(() => part(key).start())));
    return turns;
  };
  let written: Promise<void> | undefined;
  return {
    shards: (key) => jobs.get(key)!.shards,
    start() {
      start();
    },
    async folder(key) {
      if (!jobs.get(key)?.kept) await part(key).written();
      return jobs.get(key)!.folder;
    },
    written: () =>
      (written ??= (async () => {
        const inTurn = start();
        await Promise.all(
          [...jobs].map(async ([key, { folder, kept }]) => {
            if (!kept) {
              await inTurn.get(key);
              await part(key).written();
            }
            if (output && !existsSync(join(output, key))) await linkPart(folder, join(output, key));
          }),
        );
        const keys = new Set(jobs.keys());
        await Promise.all(
          [cache, output].flatMap((folder) => (folder ? [removeOtherParts(folder, keys)] : [])),
        );
      })()),
  };
}
