import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { indexBuild } from '../../src/search/index-build.ts';
import { keptIndexes, keptIndexFile, readKeptIndex } from '../../src/search/kept-index.ts';
import { partFile, partShards } from '../../src/search/part-files.ts';
import {
  buildTextIndex,
  indexDocuments,
  indexFamilies,
  planShards,
  writeTextIndex,
  type IndexedDocument,
  type TextIndex,
} from '../../src/search/text-index.ts';

const workerUrl = new URL('../../src/search/index-worker.ts', import.meta.url);

const documents: IndexedDocument[] = [
  { head: ['华为发布新芯片', '芯片'], body: ['华为在上海发布新一代人工智能芯片。'] },
  { head: ['ＡＩ芯片出货'], body: ['AI 芯片出货量同比增长。'] },
];

const partIn = () => join(mkdtempSync(join(tmpdir(), 'index-build-')), '0123456789abcdef');

/** The files of a part's folder, decompressed, by family. */
function readPart(folder: string): Record<string, Buffer[]> {
  const shards = partShards(folder)!;
  return Object.fromEntries(
    indexFamilies.map((family) => [
      family,
      Array.from({ length: shards[family] }, (_, shard) =>
        gunzipSync(readFileSync(join(folder, partFile(family, shard)))),
      ),
    ]),
  );
}

const raw = (files: TextIndex['files']) =>
  Object.fromEntries(
    Object.entries(files).map(([family, shards]) => [
      family,
      shards.map((file) => Buffer.from(file)),
    ]),
  );

test("the worker writes into the part's folder the compressed files of the index built in the main thread", async () => {
  const shards = planShards(documents);
  const folder = partIn();
  const build = indexBuild({ documents, shards, folder }, workerUrl);
  build.start();
  build.start();
  await build.written();
  expect(partShards(folder)).toEqual(shards);
  expect(readPart(folder)).toEqual(raw(buildTextIndex(documents, shards).files));
});

test('a worker that fails rejects with its error', async () => {
  const build = indexBuild(
    {
      documents: [{ head: [], body: [] }],
      shards: { hd: 1, hp: 1, bd: 1, bp: 1 },
      folder: partIn(),
    },
    new URL('data:text/javascript,throw new Error("index failed")'),
  );
  // Starting it settles when it has failed; waiting for its files tells why.
  await expect(build.start()).resolves.toBeUndefined();
  await expect(build.written()).rejects.toThrow('index failed');
});

test('a worker that exits before its files are written rejects, naming the exit code', async () => {
  const build = indexBuild(
    { documents: [], shards: { hd: 1, hp: 1, bd: 1, bp: 1 }, folder: partIn() },
    new URL('data:text/javascript,process.exit(3)'),
  );
  await expect(build.written()).rejects.toThrow('stopped with code 3');
});

test('a part built on from the kept index of its first articles writes what it writes built whole', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kept-index-'));
  // Articles of a few characters each, so that later ones bring strings and characters the first did not.
  const words = ['华为', '芯片', '大模型', '智能体', 'GPU', '算力', '机器人', '自动驾驶'];
  const many: IndexedDocument[] = Array.from({ length: 40 }, (_, number) => ({
    head: [words[number % words.length]!, `第${number}号`],
    body: [words.slice(0, 1 + (number % words.length)).join('，') + `，编号${number * 7}。`],
  }));
  const shards = planShards(many);
  const first = keptIndexFile(folder, '0123456789abcdef', 25);
  await indexBuild(
    { documents: many.slice(0, 25), shards, folder: partIn(), keep: first },
    workerUrl,
  ).written();
  // The index is kept after the files are written.
  await expect.poll(() => keptIndexes(folder), { timeout: 10_000 }).toHaveLength(1);
  expect(readKeptIndex(first, 24)).toBeUndefined();
  const resumed = readKeptIndex(first, 25)!;
  expect(resumed.documents).toBe(25);
  const whole = buildTextIndex(many, shards).files;
  expect(writeTextIndex(indexDocuments(many, resumed), shards).files).toEqual(whole);
  // Through the worker, which keeps the new index in place of the old one.
  const next = keptIndexFile(folder, 'fedcba9876543210', 40);
  const part = partIn();
  await indexBuild(
    { documents: many, shards, folder: part, resume: { file: first, count: 25 }, keep: next },
    workerUrl,
  ).written();
  expect(readPart(part)).toEqual(raw(whole));
  await expect
    .poll(() => keptIndexes(folder).map(({ file }) => file), { timeout: 10_000 })
    .toEqual([next]);
  writeFileSync(next, 'not an index');
  expect(readKeptIndex(next, 40)).toBeUndefined();
});
