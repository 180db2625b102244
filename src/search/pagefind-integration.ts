import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import pLimit from 'p-limit';
import type { IndexPartJob } from './index-part.ts';
import { splitIndex, type IndexPart, type IndexPartEntry, type IndexedPage } from './index-parts.ts';

// Pagefind holds a whole index in memory, about 0.75 MB an article page; parts of at most this
// many pages keep one part's indexing under a gigabyte whatever the size of the site.
const maxPagesPerPart = 1000;
// Two parts are indexed at a time, each by its own Pagefind process, which works on one core.
const partsAtOnce = 2;

/**
 * Indexes the built article pages with Pagefind at the end of `astro build`, one index part per
 * month or less (see `splitIndex`), two parts at a time. A part whose indexed text has not
 * changed since the last build is copied from Astro's cache folder instead of being indexed
 * again. The search page reads the parts from `pagefind/parts.json`. Any Pagefind error fails
 * the build.
 */
export function pagefindSearch(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  let indexer = '';
  return {
    name: 'news-digest-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        cacheDir = fileURLToPath(new URL('search-index/', config.cacheDir));
        // A cached part is reused only if it was written by the same Pagefind and the same indexing code.
        const { version } = JSON.parse(readFileSync(new URL('node_modules/pagefind/package.json', config.root), 'utf8'));
        indexer = `${version}\0${readFileSync(new URL('./index-part.ts', import.meta.url), 'utf8')}`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        logger.info('Indexing the article pages for search…');
        const parts = splitIndex(articlePages(outDir, base), maxPagesPerPart);
        const reused = await writeParts(parts, outDir, cacheDir, indexer, logger);
        const entries: IndexPartEntry[] = parts.map((part) => ({ path: `${part.key}/`, from: part.from, pages: part.pages.length }));
        mkdirSync(join(outDir, 'pagefind'), { recursive: true });
        writeFileSync(join(outDir, 'pagefind/parts.json'), JSON.stringify(entries));
        const pages = parts.reduce((sum, part) => sum + part.pages.length, 0);
        logger.info(`Indexed ${pages} pages in ${parts.length} parts (${reused} unchanged) in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}

/** The article pages and their dates, from the site's own `articles.json`. */
function articlePages(outDir: string, base: string): IndexedPage[] {
  const articles: { url: string; date: string | null }[] = JSON.parse(readFileSync(join(outDir, 'articles.json'), 'utf8'));
  return articles.map(({ url, date }) => ({ file: `${decodeURIComponent(new URL(url).pathname).slice(base.length)}index.html`, date }));
}

/** Writes every part into `pagefind/<key>/`, indexing only the changed ones; returns how many were reused. */
async function writeParts(parts: IndexPart[], outDir: string, cacheDir: string, indexer: string, logger: AstroIntegrationLogger): Promise<number> {
  const manifestFile = join(cacheDir, 'manifest.json');
  const previous: Record<string, string> = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  // Until this build finishes, the cached parts may not match any manifest.
  rmSync(manifestFile, { force: true });
  const next: Record<string, string> = {};
  let reused = 0;
  const limit = pLimit(partsAtOnce);
  const writePart = async (part: IndexPart) => {
    const files = part.pages.map((page) => ({ sourcePath: page.file, content: readFileSync(join(outDir, page.file), 'utf8') }));
    const fingerprint = createHash('sha256').update(indexer);
    for (const file of files) fingerprint.update(`\0${file.sourcePath}\0${indexedHtml(file.content)}`);
    next[part.key] = fingerprint.digest('hex');
    const cached = join(cacheDir, part.key);
    if (previous[part.key] === next[part.key] && existsSync(cached)) reused++;
    else {
      logger.debug(`Indexing ${files.length} pages from ${part.key}…`);
      await indexPart({ files, outputPath: cached });
    }
    cpSync(cached, join(outDir, 'pagefind', part.key), { recursive: true });
  };
  await Promise.all(parts.map((part) => limit(() => writePart(part))));
  for (const key of Object.keys(previous)) if (!(key in next)) rmSync(join(cacheDir, key), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(manifestFile, JSON.stringify(next));
  return reused;
}

/** What Pagefind reads of an article page: the element marked `data-pagefind-body`. */
function indexedHtml(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  return start < 0 ? html : html.slice(start, html.indexOf('</article>', start));
}

function indexPart(job: IndexPartJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./index-part.ts', import.meta.url), { workerData: job });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Indexing ${job.outputPath} stopped with code ${code}.`))));
  });
}
