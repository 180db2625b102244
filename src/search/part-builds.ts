import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IndexBuild, IndexFiles, IndexJob } from './index-build.ts';

/** The parts of the search index of a build, each built in a worker thread when it is needed. */
export interface PartBuilds {
  /**
   * Builds in turn, on the other core, the parts that the last build did not write, without
   * holding the build open for them; a build that restores every part from the last one builds none.
   */
  start(): void;
  /** The files of the part of this key, built now if they are not built yet. */
  files(key: string): Promise<IndexFiles>;
}

/**
 * Prepares the parts of the index by key, built by `build`. `recordFile` (in Astro's cache folder)
 * lists the keys of the parts the last build wrote, whose files Astro restores instead of asking
 * for them; this call writes the keys of this build's parts there. The record only decides what
 * is built ahead: a part whose files are asked for is built then, whatever the record says.
 */
export function partBuilds(
  jobs: ReadonlyMap<string, IndexJob>,
  build: (job: IndexJob) => IndexBuild,
  recordFile?: string,
): PartBuilds {
  const builds = new Map([...jobs].map(([key, job]) => [key, build(job)]));
  const written = recordFile ? readRecord(recordFile) : new Set<string>();
  if (recordFile) writeRecord(recordFile, [...jobs.keys()]);
  const ahead = [...builds].filter(([key]) => !written.has(key)).map(([, part]) => part);
  let started = false;
  return {
    start() {
      if (started) return;
      started = true;
      // One part at a time, so that the parts ahead take the one core the pages leave free.
      void ahead.reduce((previous, part) => previous.then(() => part.start()), Promise.resolve());
    },
    files(key) {
      const part = builds.get(key);
      if (!part) throw new Error(`The search index has no part \`${key}\`.`);
      return part.files();
    },
  };
}

function readRecord(file: string): Set<string> {
  try {
    const keys: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return new Set(Array.isArray(keys) ? keys.filter((key) => typeof key === 'string') : []);
  } catch {
    // No record, or one cut short: every part is built ahead, as in a first build.
    return new Set();
  }
}

function writeRecord(file: string, keys: string[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(keys)}\n`);
}
