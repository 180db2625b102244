import { parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import type { IndexFiles, IndexJob } from './index-build.ts';
import { buildTextIndex, indexFamilies } from './text-index.ts';

// Runs in a worker thread (see `index-build.ts`): builds the index and compresses its shard files
// while the main thread renders pages.
const { documents, shards } = workerData as IndexJob;
const { files } = buildTextIndex(documents, shards);
const compressed = {} as IndexFiles;
for (const family of indexFamilies)
  compressed[family] = files[family].map((shard) => gzipSync(shard, { level: 9 }));
parentPort!.postMessage(compressed);
