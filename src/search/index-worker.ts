import { parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import type { IndexJob } from './index-build.ts';
import { buildTextIndex } from './text-index.ts';

// Runs in a worker thread (see `index-build.ts`): builds the index and compresses its shard files
// while the main thread renders pages.
const { documents, shards } = workerData as IndexJob;
// Each shard is compressed as it is written, into a buffer of its own that is handed over, not copied.
const { files } = buildTextIndex(documents, shards, (shard) => new Uint8Array(gzipSync(shard)));
parentPort!.postMessage(
  files,
  Object.values(files).flatMap((family) => family.map((file) => file.buffer as ArrayBuffer)),
);
