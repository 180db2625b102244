import { Worker } from 'node:worker_threads';
import type { IndexedDocument, IndexFamily } from './text-index.ts';

/** What the index worker is given: the articles, numbered by their place, and the planned shard counts. */
export interface IndexJob {
  documents: readonly IndexedDocument[];
  shards: Record<IndexFamily, number>;
  /** A kept index (see `kept-index.ts`) of the first `count` of these articles, to go on from. */
  resume?: { file: string; count: number } | undefined;
  /** Where to keep the index of these articles once its files are sent. */
  keep?: string | undefined;
}

/** The compressed shard files of every family of the index. */
export type IndexFiles = Record<IndexFamily, Uint8Array<ArrayBuffer>[]>;

/** The search index of a build, made in a worker thread on the other core once it is started. */
export interface IndexBuild {
  /** Starts the worker if it has not started, without holding the build open for it; settles when it has finished or failed (`files` tells which). */
  start(): Promise<void>;
  /** The files, starting the worker if need be; the build waits for them. */
  files(): Promise<IndexFiles>;
}

/**
 * Prepares the search index of `job`, built by the worker module at `workerUrl` only when started:
 * a part of the index whose files are all restored from the last build is never built.
 */
export function indexBuild(job: IndexJob, workerUrl: URL): IndexBuild {
  let worker: Worker | undefined;
  let files: Promise<IndexFiles> | undefined;
  let settled: Promise<void> | undefined;
  const start = () => {
    if (settled) return settled;
    worker = new Worker(workerUrl, { workerData: job });
    worker.unref();
    const started = worker;
    files = new Promise<IndexFiles>((resolve, reject) => {
      started.once('message', resolve);
      started.once('error', reject);
      started.once('exit', (code) =>
        reject(new Error(`The search index worker stopped with code ${code} before it finished.`)),
      );
    });
    settled = files.then(
      () => undefined,
      () => undefined,
    );
    return settled;
  };
  return {
    start,
    files() {
      start();
      worker!.ref();
      return files!;
    },
  };
}
