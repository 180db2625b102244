import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { indexBuild } from '../../src/search/index-build.ts';
import { keptIndexes, keptIndexFile, readKeptIndex } from '../../src/search/kept-index.ts';
import {
  buildTextIndex,
  indexDocuments,
  planShards,
  writeTextIndex,
  type IndexedDocument,
} from '../../src/search/text-index.ts';

const workerUrl = new URL('../../src/search/index-worker.ts', import.meta.url);

const documents: IndexedDocument[] = [
  { head: ['华为发布新芯片', '芯片'], body: ['华为在上海发布新一代人工智能芯片。'] },
  { head: ['ＡＩ芯片出货'], body: ['AI 芯片出货量同比增长。'] },
];

test('the worker writes the compressed files of the index built in the main thread', async () => {
  const shards = planShards(documents);
  const build = indexBuild({ documents, shards }, workerUrl);
  build.start();
  build.start();
  const files = await build.files();
  const expected = buildTextIndex(documents, shards).files;
  for (const family of ['hd', 'hp', 'bd', 'bp'] as const) {
    expect(files[family]).toHaveLength(shards[family]);
    expect(files[family].map((file) => gunzipSync(file))).toEqual(
      expected[family].map((file) => Buffer.from(file)),
    );
  }
});

test('a worker that fails rejects the files with its error', async () => {
  const build = indexBuild(
    { documents: [{ head: [], body: [] }], shards: { hd: 1, hp: 1, bd: 1, bp: 1 } },
    new URL('data:text/javascript,throw new Error("index failed")'),
  );
  // Starting it settles when it has failed; asking for its files tells why.
  await expect(build.start()).resolves.toBeUndefined();
  await expect(build.files()).rejects.toThrow('index failed');
});

test('a worker that exits without its files rejects them, naming the exit code', async () => {
  const build = indexBuild(
    { documents: [], shards: { hd: 1, hp: 1, bd: 1, bp: 1 } },
    new URL('data:text/javascript,process.exit(3)'),
  );
  await expect(build.files()).rejects.toThrow('stopped with code 3');
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
  await indexBuild({ documents: many.slice(0, 25), shards, keep: first }, workerUrl).files();
  // The index is kept after the files are sent.
  await expect.poll(() => keptIndexes(folder), { timeout: 10_000 }).toHaveLength(1);
  expect(readKeptIndex(first, 24)).toBeUndefined();
  const resumed = readKeptIndex(first, 25)!;
  expect(resumed.documents).toBe(25);
  const whole = buildTextIndex(many, shards).files;
  expect(writeTextIndex(indexDocuments(many, resumed), shards).files).toEqual(whole);
  // Through the worker, which keeps the new index in place of the old one.
  const next = keptIndexFile(folder, 'fedcba9876543210', 40);
  const files = await indexBuild(
    { documents: many, shards, resume: { file: first, count: 25 }, keep: next },
    workerUrl,
  ).files();
  for (const family of ['hd', 'hp', 'bd', 'bp'] as const)
    expect(files[family].map((file) => gunzipSync(file))).toEqual(
      whole[family].map((file) => Buffer.from(file)),
    );
  await expect
    .poll(() => keptIndexes(folder).map(({ file }) => file), { timeout: 10_000 })
    .toEqual([next]);
  writeFileSync(next, 'not an index');
  expect(readKeptIndex(next, 40)).toBeUndefined();
});
