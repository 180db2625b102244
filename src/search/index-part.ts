import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** What the build gives a worker: the pages of one index part and the folder to write it to. */
export interface IndexPartJob {
  files: { sourcePath: string; content: string }[];
  outputPath: string;
}

// Runs in a worker thread: each worker loads its own copy of Pagefind's Node API, which starts
// its own Pagefind process, so two parts are indexed on two cores. Any error ends the worker.
const { files, outputPath } = workerData as IndexPartJob;
try {
  // The site is Chinese throughout; forcing the language keeps one index even if a page lacks `lang`.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await Promise.all(files.map((file) => index.addHTMLFile(file)));
  failOn(added.flatMap((response) => response.errors), 'index the article pages');
  rmSync(outputPath, { recursive: true, force: true });
  failOn((await index.writeFiles({ outputPath })).errors, 'write the search index');
  // The search page uses Pagefind's JavaScript API; the ready-made interfaces are left out.
  for (const file of readdirSync(outputPath)) if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) rmSync(join(outputPath, file));
} finally {
  await pagefind.close();
}

function failOn(errors: string[], action: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${action}:\n${errors.join('\n')}`);
}
