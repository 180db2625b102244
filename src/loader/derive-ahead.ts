import { existsSync, readdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { boilerplate, boilerplateFile } from 'virtual:news-digest/assets';
import { newestFirst, type Placed } from '../site/site-order.ts';
import { derivedTextsFolder } from '../site/derived-texts.ts';
import { newAheadFlag } from './ahead-flag.ts';
import { articleTextsDir } from './article-texts.ts';

/** A stored record as the texts derived from it need it: its place and its digest, by which its text and event summary are kept. */
export interface AheadRecord extends Placed {
  digest: string;
}

/** What the worker of `deriveAhead` is given (see `derive-worker.ts`). */
export interface DeriveJob {
  /** The folder the derived texts are written to, and the folder the records' texts and event summaries are read from. */
  folder: string;
  textsDir: string;
  /** The boilerplate file, as the site's bundle imports it from `virtual:news-digest/assets`. */
  assets: { boilerplate: string; boilerplateFile: string };
  /** The digests of the records whose texts no build has derived, newest first. */
  digests: string[];
  /** Set when the pages start rendering (see `stopDerivingAhead`). */
  stop: Int32Array;
}

/**
 * Derives, in a worker thread, the texts of stored records that no build has derived yet (see
 * `derivedTexts`), newest first, so that the other core does this while Astro bundles the site and
 * lists its routes, and the first pages find them ready. The build neither waits for it nor races
 * it: it stops when the pages start rendering on both cores, and a page that needs texts not yet
 * written derives them itself. Settles when the worker has finished, stopped or failed.
 */
export function deriveAhead(records: readonly AheadRecord[], cacheDir: string): Promise<void> {
  const folder = derivedTextsFolder(cacheDir);
  const derived = new Set(existsSync(folder) ? readdirSync(folder) : []);
  const pending = records
    .filter(({ digest }) => !derived.has(`${digest}.json`))
    .sort(newestFirst)
    .map(({ digest }) => digest);
  if (pending.length === 0) return Promise.resolve();
  const job: DeriveJob = {
    folder,
    textsDir: articleTextsDir(cacheDir),
    assets: { boilerplate, boilerplateFile },
    digests: pending,
    stop: newAheadFlag(),
  };
  const worker = new Worker(new URL('./derive-worker.ts', import.meta.url), { workerData: job });
  worker.unref();
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`The worker deriving texts ahead stopped with code ${code}.`)),
    );
  });
}
