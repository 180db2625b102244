import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { IndexBuild, IndexJob } from '../../src/search/index-build.ts';
import { partBuilds } from '../../src/search/part-builds.ts';
import { isOutputPartFile, writePartFiles } from '../../src/search/part-files.ts';
import type { IndexedDocument } from '../../src/search/text-index.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const key = (letter: string) => letter.repeat(16);

// One shard a family, and two head shards for a part whose article is `b`, as a plan might.
const plan = (documents: readonly IndexedDocument[]) => ({
  hd: documents[0]!.head[0] === key('b') ? 2 : 1,
  hp: 1,
  bd: 1,
  bp: 1,
});

/** Builds that note when each part starts, and write its folder (each file its part's key) or fail when told to. */
function fakeBuilds() {
  const started: string[] = [];
  const finishers = new Map<string, (error?: Error) => void>();
  const build = (job: IndexJob): IndexBuild => {
    const part = job.documents[0]!.head[0]!;
    let written: Promise<void> | undefined;
    const start = () => {
      written ??= new Promise((resolve, reject) => {
        started.push(part);
        finishers.set(part, (error) => {
          if (error) return reject(error);
          const file = (length: number) => Array.from({ length }, () => Buffer.from(part));
          const { hd, hp, bd, bp } = job.shards;
          writePartFiles(job.folder, { hd: file(hd), hp: file(hp), bd: file(bd), bp: file(bp) });
          resolve();
        });
      });
      return written.then(
        () => undefined,
        () => undefined,
      );
    };
    return { start, written: () => (start(), written!) };
  };
  return { started, build, finish: (part: string, error?: Error) => finishers.get(part)!(error) };
}

/** Parts by key, each with one article titled by its key, noting which are analysed. */
function builder(build: (job: IndexJob) => IndexBuild, cache: string, output?: string) {
  const analysed: string[] = [];
  return {
    analysed,
    builds: (...keys: string[]) =>
      partBuilds(
        new Map(
          keys.map((part) => [part, () => (analysed.push(part), [{ head: [part], body: [] }])]),
        ),
        plan,
        build,
        cache,
        output,
      ),
  };
}

const folderIn = () => mkdtempSync(join(tmpdir(), 'part-builds-'));
const files = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();

describe('partBuilds', () => {
  test('builds ahead, one after the other, only the parts whose folder is missing', async () => {
    const cache = folderIn();
    const first = fakeBuilds();
    const firstParts = builder(first.build, cache);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(key);
    firstParts.builds(a!, b!, c!).start();
    expect(firstParts.analysed).toEqual([a, b, c]);
    await settle();
    expect(first.started).toEqual([a]);
    first.finish(a!);
    await settle();
    expect(first.started).toEqual([a, b]);
    first.finish(b!);
    await settle();
    first.finish(c!);
    await settle();
    expect(files(join(cache, b!))).toEqual([
      'bd/0.bin',
      'bp/0.bin',
      'hd/0.bin',
      'hd/1.bin',
      'hp/0.bin',
    ]);

    // The next build has one part changed: `c` became `d`. The others keep their files and their counts, unanalysed.
    const next = fakeBuilds();
    const nextParts = builder(next.build, cache);
    const builds = nextParts.builds(a!, b!, d!);
    builds.start();
    builds.start();
    await settle();
    expect(next.started).toEqual([d]);
    expect(nextParts.analysed).toEqual([d]);
    expect(builds.shards(b!)).toEqual({ hd: 2, hp: 1, bd: 1, bp: 1 });
    expect(await builds.folder(b!)).toBe(join(cache, b!));
  });

  test('builds a part whose folder is asked for at once, and waits for it', async () => {
    const { started, build, finish } = fakeBuilds();
    const parts = builder(build, folderIn());
    const [a, b] = [key('a'), key('b')];
    const builds = parts.builds(a, b);
    const folder = builds.folder(b);
    expect(started).toEqual([b]);
    finish(b);
    expect(files(await folder)).toContain('hd/1.bin');
    await expect(builds.folder(key('x'))).rejects.toThrow(
      `The search index has no part \`${key('x')}\`.`,
    );
  });

  test('links every part into the output once written, and removes the parts of earlier builds from both', async () => {
    const cache = folderIn();
    const output = folderIn();
    const [a, b, c] = ['a', 'b', 'c'].map(key);
    const first = fakeBuilds();
    const written = builder(first.build, cache, output).builds(a!, b!).written();
    await settle();
    first.finish(a!);
    await settle();
    first.finish(b!);
    await written;
    for (const part of [a!, b!]) {
      expect(files(join(output, part))).toEqual(files(join(cache, part)));
      for (const file of files(join(cache, part)))
        expect(statSync(join(output, part, file)).ino).toBe(statSync(join(cache, part, file)).ino);
    }
    // The next build: `b` became `c`; the output keeps its other files, and `a` is not linked again.
    mkdirSync(join(output, 'docs'));
    writeFileSync(join(output, 'manifest.bin'), '');
    const kept = statSync(join(output, a!));
    const next = fakeBuilds();
    const again = builder(next.build, cache, output).builds(a!, c!).written();
    await settle();
    next.finish(c!);
    await again;
    expect(readdirSync(cache).sort()).toEqual([a, c]);
    expect(readdirSync(output).sort()).toEqual([a, c, 'docs', 'manifest.bin']);
    expect(statSync(join(output, a!)).ino).toBe(kept.ino);
    // A fresh output gets every part.
    const fresh = folderIn();
    await builder(fakeBuilds().build, cache, fresh).builds(a!, c!).written();
    expect(readdirSync(fresh).sort()).toEqual([a, c]);
    expect(files(join(fresh, c!))).toEqual(files(join(cache, c!)));
  });

  test('copies the files into an output on another disk, where they cannot be linked', async () => {
    const cache = folderIn();
    // A memory file system of its own, which no link can cross.
    const output = mkdtempSync('/dev/shm/part-builds-');
    expect(statSync(output).dev).not.toBe(statSync(cache).dev);
    const a = key('a');
    const { build, finish } = fakeBuilds();
    const written = builder(build, cache, output).builds(a).written();
    await settle();
    finish(a);
    await written;
    expect(files(join(output, a))).toEqual(files(join(cache, a)));
    for (const file of files(join(cache, a)))
      expect(readFileSync(join(output, a, file), 'utf8')).toBe(a);
    rmSync(output, { recursive: true });
  });

  test('fails the build when a part cannot be built, and leaves no folder of it', async () => {
    const cache = folderIn();
    const { build, finish } = fakeBuilds();
    const [a, b] = [key('a'), key('b')];
    const written = builder(build, cache, folderIn()).builds(a, b).written();
    await settle();
    finish(a, new Error('index failed'));
    await expect(written).rejects.toThrow('index failed');
    expect(existsSync(join(cache, a))).toBe(false);
  });
});

describe('the output', () => {
  test("takes the parts' folders under search-index/ for the index's own files, and nothing else", () => {
    expect(isOutputPartFile('search-index/0123456789abcdef/hd/0.bin')).toBe(true);
    expect(isOutputPartFile('search-index/docs/0.bin')).toBe(false);
    expect(isOutputPartFile('search-index/manifest.bin')).toBe(false);
    expect(isOutputPartFile('articles/0123456789abcdef/index.html')).toBe(false);
  });
});
