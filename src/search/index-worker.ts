import { parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import type { IndexJob } from './index-build.ts';
import { keepIndex, readKeptIndex } from './kept-index.ts';
import { indexDocuments, writeTextIndex } from './text-index.ts';

// Runs in a worker thread (see `index-build.ts`): builds the index and compresses its shard files
// while the main thread renders pages.
const { documents, shards, resume, keep } = workerData as IndexJob;
const fields = indexDocuments(
  documents,
  resume ? readKeptIndex(resume.file, resume.count) : undefined,
);
// Each shard is compressed as it is written, into a buffer of its own that is handed over, not copied.
const { files } = writeTextIndex(fields, shards, (shard) => new Uint8Array(gzipSync(shard)));
parentPort!.postMessage(
  files,
  Object.values(files).flatMap((family) => family.map((file) => file.buffer as ArrayBuffer)),
);
// After the files, so that the build does not wait for it.
if (keep) keepIndex(keep, fields);
