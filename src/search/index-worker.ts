import { parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import type { IndexJob } from './index-build.ts';
import { keepIndex, readKeptIndex } from './kept-index.ts';
import { writePartFiles } from './part-files.ts';
import { indexDocuments, writeTextIndex } from './text-index.ts';

// Runs in a worker thread (see `index-build.ts`): builds the index of a part and writes its
// compressed shard files into the part's folder while the main thread renders pages.
const { documents, shards, folder, resume, keep } = workerData as IndexJob;
const fields = indexDocuments(
  documents,
  resume ? readKeptIndex(resume.file, resume.count) : undefined,
);
const { files } = writeTextIndex(fields, shards, (shard) => new Uint8Array(gzipSync(shard)));
writePartFiles(folder, files);
parentPort!.postMessage(true);
// After the files, so that the build does not wait for it.
if (keep) keepIndex(keep, fields);
