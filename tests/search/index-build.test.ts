import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { indexBuild } from '../../src/search/index-build.ts';
import { buildTextIndex, planShards, type IndexedDocument } from '../../src/search/text-index.ts';

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
