import { existsSync, readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';
import { writeKept } from '../site/kept-file.ts';
import { ArticleTexts } from './article-texts.ts';
import type { DeriveJob } from './derive-ahead.ts';

// Runs in a worker thread (see `deriveAhead`), from its source, outside the site's bundle. The
// Markdown code imports the boilerplate from `virtual:news-digest/assets` and the framing file as
// text (`?raw`), as the bundle resolves them; this thread serves those imports the same way.
const { folder, textsDir, assets, digests, stop } = workerData as DeriveJob;
const assetsUrl = 'news-digest:assets';
registerHooks({
  resolve: (specifier, context, nextResolve) =>
    specifier === 'virtual:news-digest/assets'
      ? { url: assetsUrl, shortCircuit: true }
      : nextResolve(specifier, context),
  load(url, context, nextLoad) {
    if (url === assetsUrl)
      return {
        format: 'module',
        source: `export const boilerplate = ${JSON.stringify(assets.boilerplate)}; export const boilerplateFile = ${JSON.stringify(assets.boilerplateFile)};`,
        shortCircuit: true,
      };
    if (url.endsWith('?raw'))
      return {
        format: 'module',
        source: `export default ${JSON.stringify(readFileSync(fileURLToPath(url.slice(0, -4)), 'utf8'))};`,
        shortCircuit: true,
      };
    return nextLoad(url, context);
  },
});
const { recordTexts } = await import('../markdown/summary-texts.ts');
const texts = new ArticleTexts(textsDir);

for (const digest of digests) {
  if (Atomics.load(stop, 0) === 1) break;
  const file = join(folder, `${digest}.json`);
  // A page may have needed them first.
  if (existsSync(file)) continue;
  // Removed by a later sync, in dev, since this one listed it.
  const kept = texts.find(digest);
  if (!kept) continue;
  writeKept(file, JSON.stringify(recordTexts(kept.events, () => kept.text)));
}
