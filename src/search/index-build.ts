import { Worker } from 'node:worker_threads';
import type { IndexedDocument, IndexFamily } from './text-index.ts';

/** What the index worker is given: the articles, numbered by their place, the planned shard counts, and where to write the files. */
export interface IndexJob {
  documents: readonly IndexedDocument[];
  shards: Record<IndexFamily, number>;
  /** The part's folder (see `part-files.ts`), which the files are written into. */
  folder: string;
  /** A kept index (see `kept-index.ts`) of the first `count` of these articles, to go on from. */
  resume?: { file: string; count: number } | undefined;
  /** Where to keep the index of these articles once its files are written. */
  keep?: string | undefined;
}

/** The search index of a part, made in a worker thread on the other core once it is started. */
export interface IndexBuild {
  /** Starts the worker if it has not started, without holding the build open for it; settles when it has finished or failed (`written` tells which). */
  start(): Promise<void>;
  /** Settles once the files are in the part's folder, starting the worker if need be; the build waits for it. */
  written(): Promise<void>;
}

/**
 * Prepares the search index of `job`, built by the worker module at `workerUrl` only when started:
 * a part of the index whose files are all kept from the last build is never built.
 */
export function indexBuild(job: IndexJob, workerUrl: URL): IndexBuild {
  let worker: Worker | undefined;
  let written: Promise<void> | undefined;
  let settled: Promise<void> | undefined;
  const start = () => {
    if (settled) return settled;
    worker = new Worker(workerUrl, { workerData: job });
    worker.unref();
    const started = worker;
    written = new Promise<void>((resolve, reject) => {
      started.once('message', () => resolve());
      started.once('error', reject);
      started.once('exit', (code) =>
        reject(new Error(`The search index worker stopped with code ${code} before it finished.`)),
      );
    });
    settled = written.then(
      () => undefined,
      () => undefined,
    );
    return settled;
  };
  return {
    start,
    written() {
      start();
      worker!.ref();
      return written!;
    },
  };
}
