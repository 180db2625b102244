import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { IndexBuild, IndexFiles, IndexJob } from '../../src/search/index-build.ts';
import { partBuilds } from '../../src/search/part-builds.ts';

const noFiles: IndexFiles = { hd: [], hp: [], bd: [], bp: [] };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Index jobs by key, each with one article titled by its key. */
function jobsOf(...keys: string[]): Map<string, IndexJob> {
  return new Map(
    keys.map((key) => [
      key,
      { documents: [{ head: [key], body: [] }], shards: { hd: 1, hp: 1, bd: 1, bp: 1 } },
    ]),
  );
}

/** Builds that note when each part starts and finish when told to. */
function fakeBuilds() {
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  const build = (job: IndexJob): IndexBuild => {
    const key = job.documents[0]!.head[0]!;
    let files: Promise<IndexFiles> | undefined;
    const start = () => {
      files ??= new Promise((resolve) => {
        started.push(key);
        finishers.set(key, () => resolve(noFiles));
      });
      return files.then(() => undefined);
    };
    return { start, files: () => (start(), files!) };
  };
  return { started, build, finish: (key: string) => finishers.get(key)!() };
}

const recordIn = () => join(mkdtempSync(join(tmpdir(), 'part-builds-')), 'cache', 'parts.json');

describe('partBuilds', () => {
  test('builds ahead, one after the other, only the parts the last build did not write', async () => {
    const record = recordIn();
    const first = fakeBuilds();
    partBuilds(jobsOf('a', 'b', 'c'), first.build, record).start();
    await settle();
    expect(first.started).toEqual(['a']);
    first.finish('a');
    await settle();
    expect(first.started).toEqual(['a', 'b']);
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual(['a', 'b', 'c']);

    // The next build has one part changed: `c` became `d`.
    const next = fakeBuilds();
    const builds = partBuilds(jobsOf('a', 'b', 'd'), next.build, record);
    builds.start();
    builds.start();
    await settle();
    expect(next.started).toEqual(['d']);
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual(['a', 'b', 'd']);
  });

  test('builds a part whose files are asked for, whatever the record says', async () => {
    const record = recordIn();
    const { started, build, finish } = fakeBuilds();
    partBuilds(jobsOf('a', 'b'), build, record);
    const builds = partBuilds(jobsOf('a', 'b'), build, record);
    builds.start();
    const files = builds.files('b');
    expect(started).toEqual(['b']);
    finish('b');
    expect(await files).toBe(noFiles);
    expect(() => builds.files('x')).toThrow('The search index has no part `x`.');
  });

  test('builds every part ahead without a record, or with one that is missing or cut short', async () => {
    const cutShort = recordIn();
    partBuilds(jobsOf('a'), fakeBuilds().build, cutShort);
    writeFileSync(cutShort, '["a", ');
    for (const record of [undefined, recordIn(), cutShort]) {
      const { started, build, finish } = fakeBuilds();
      partBuilds(jobsOf('a', 'b'), build, record).start();
      await settle();
      finish('a');
      await settle();
      expect(started, String(record)).toEqual(['a', 'b']);
    }
  });
});
