import { Worker } from 'node:worker_threads';
import type { IndexedDocument, IndexFamily } from './text-index.ts';

/** What the index worker is given: the articles, numbered by their place, and the planned shard counts. */
export interface IndexJob {
  documents: readonly IndexedDocument[];
  shards: Record<IndexFamily, number>;
}

/** The compressed shard files of every family of the index. */
export type IndexFiles = Record<IndexFamily, Uint8Array<ArrayBuffer>[]>;

/**
 * Starts building the search index in a worker thread, on the other core, and returns its files
 * when asked. An index nobody asks for (every shard restored from the last build) does not hold
 * the build open: the worker keeps the process alive only once its files are awaited.
 */
export function startIndexBuild(job: IndexJob, workerUrl: URL): () => Promise<IndexFiles> {
  const worker = new Worker(workerUrl, { workerData: job });
  worker.unref();
  const files = new Promise<IndexFiles>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`The search index worker stopped with code ${code} before it finished.`)),
    );
  });
  return () => {
    worker.ref();
    return files;
  };
}
