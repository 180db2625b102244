import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { IndexBuild, IndexFiles, IndexJob } from '../../src/search/index-build.ts';
import type { IndexedDocument } from '../../src/search/text-index.ts';
import { partBuilds } from '../../src/search/part-builds.ts';

const noFiles: IndexFiles = { hd: [], hp: [], bd: [], bp: [] };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Parts by key, each with one article titled by its key, noting which are analysed. */
function partsOf(analysed: string[], ...keys: string[]) {
  return new Map(keys.map((key) => [key, () => (analysed.push(key), [{ head: [key], body: [] }])]));
}

// One shard a family, and two head shards for a part whose article is `b`, as a plan might.
const plan = (documents: readonly IndexedDocument[]) => ({
  hd: documents[0]!.head[0] === 'b' ? 2 : 1,
  hp: 1,
  bd: 1,
  bp: 1,
});

const builder = (build: (job: IndexJob) => IndexBuild, record?: string) => {
  const analysed: string[] = [];
  return {
    analysed,
    builds: (...keys: string[]) => partBuilds(partsOf(analysed, ...keys), plan, build, record),
  };
};

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

const oneShard = { hd: 1, hp: 1, bd: 1, bp: 1 };

describe('partBuilds', () => {
  test('plans and builds ahead, one after the other, only the parts the last build did not write', async () => {
    const record = recordIn();
    const first = fakeBuilds();
    const firstParts = builder(first.build, record);
    firstParts.builds('a', 'b', 'c').start();
    expect(firstParts.analysed).toEqual(['a', 'b', 'c']);
    await settle();
    expect(first.started).toEqual(['a']);
    first.finish('a');
    await settle();
    expect(first.started).toEqual(['a', 'b']);
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual({
      a: oneShard,
      b: { ...oneShard, hd: 2 },
      c: oneShard,
    });

    // The next build has one part changed: `c` became `d`. The others keep their recorded counts unanalysed.
    const next = fakeBuilds();
    const nextParts = builder(next.build, record);
    const builds = nextParts.builds('a', 'b', 'd');
    builds.start();
    builds.start();
    await settle();
    expect(next.started).toEqual(['d']);
    expect(nextParts.analysed).toEqual(['d']);
    expect(builds.shards('b')).toEqual({ ...oneShard, hd: 2 });
    expect(Object.keys(JSON.parse(readFileSync(record, 'utf8')))).toEqual(['a', 'b', 'd']);
  });

  test('builds a part whose files are asked for, whatever the record says', async () => {
    const record = recordIn();
    const { started, build, finish } = fakeBuilds();
    builder(build, record).builds('a', 'b');
    const parts = builder(build, record);
    const builds = parts.builds('a', 'b');
    builds.start();
    expect(parts.analysed).toEqual([]);
    const files = builds.files('b');
    expect(started).toEqual(['b']);
    expect(parts.analysed).toEqual(['b']);
    finish('b');
    expect(await files).toBe(noFiles);
    expect(() => builds.files('x')).toThrow('The search index has no part `x`.');
  });

  test('plans and builds every part ahead without a record, or with one that is missing, cut short or not of counts', async () => {
    const cutShort = recordIn();
    const keysOnly = recordIn();
    const badCount = recordIn();
    builder(fakeBuilds().build, cutShort).builds('a');
    writeFileSync(cutShort, '{"a": {"hd": 1, ');
    builder(fakeBuilds().build, keysOnly).builds('a');
    writeFileSync(keysOnly, '["a", "b"]');
    builder(fakeBuilds().build, badCount).builds('a');
    writeFileSync(badCount, JSON.stringify({ a: { ...oneShard, hd: 0 }, b: { hd: 1 } }));
    for (const record of [undefined, recordIn(), cutShort, keysOnly, badCount]) {
      const { started, build, finish } = fakeBuilds();
      const parts = builder(build, record);
      parts.builds('a', 'b').start();
      expect(parts.analysed, String(record)).toEqual(['a', 'b']);
      await settle();
      finish('a');
      await settle();
      expect(started, String(record)).toEqual(['a', 'b']);
    }
  });
});
