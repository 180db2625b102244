import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';

const output = fileURLToPath(new URL('../.output/', import.meta.url));

interface BuildOptions {
  /** Build from scratch, ignoring what Astro cached from earlier builds. */
  force?: boolean;
  /** Build twice: from scratch without this record of `SEEDS_DIR`, then with it, reusing the first build. */
  added?: string;
  /**
   * Write `SEEDS_DIR` first: generated records and every hand-written fixture record of the search
   * tests, dated or not; with `appended`, build first without that many of the last generated
   * records, then add them and build again, reusing the first build, as a day's news is added.
   */
  corpus?: { records: number; dated: boolean; appended?: number };
  /**
   * Build with a copy of the project's astro.config.ts whose `newsDigest` options are changed:
   * these options given new values, or `'none'` for the integration called with no options.
   */
  options?: Record<string, unknown> | 'none';
}

function build(
  name: string,
  env: {
    SEEDS_DIR: string;
    BASE_PATH: string;
    SEEDS_ON_ERROR?: string;
    PAGE_SIZE?: string;
    RENDER_THREADS?: string;
  },
  options: BuildOptions = {},
) {
  return {
    name,
    base: env.BASE_PATH,
    outDir: join(output, name),
    log: join(output, `${name}.log`),
    /** For a corpus with records appended, the index files of the first build, each with its inode. */
    firstIndex: join(output, `${name}.first-index.json`),
    config: join(output, `${name}.config.ts`),
    env: { SITE_URL: 'https://digest.example', ...env },
    ...options,
  };
}

/** The builds the global setup makes, each with its output folder and the log of its build. */
export const builds = {
  // Two articles a page, so that the five fixture articles span several pages; rendered by the
  // main thread and two worker threads.
  root: build(
    'root',
    {
      SEEDS_DIR: 'tests/fixtures/site-seeds',
      BASE_PATH: '/',
      PAGE_SIZE: '2',
      RENDER_THREADS: '3',
    },
    { force: true },
  ),
  /** Under a sub-path, with a logo from `public/` and a link of the publisher's in the navigation. */
  news: build(
    'news',
    { SEEDS_DIR: 'tests/fixtures/site-seeds', BASE_PATH: '/news/', PAGE_SIZE: '2' },
    {
      options: {
        logo: { src: './public/favicon.svg', alt: '' },
        nav: ['tags', 'industries', 'tech', { label: '搜索页', href: '/search/' }],
      },
    },
  ),
  /** The root build once more, on the main thread alone, to show that the same seeds give the same output. */
  again: build(
    'again',
    {
      SEEDS_DIR: 'tests/fixtures/site-seeds',
      BASE_PATH: '/',
      PAGE_SIZE: '2',
      RENDER_THREADS: '1',
    },
    { force: true },
  ),
  /** The root build's seeds once more, built before and after one record is added: its output must match the root build's. */
  grown: build(
    'grown',
    { SEEDS_DIR: 'tests/fixtures/site-seeds', BASE_PATH: '/', PAGE_SIZE: '2' },
    { added: '003_chip.txt' },
  ),
  /** Five hundred generated records with every fixture record of the search tests, dated, for the sampled search-quality test. */
  dated: build(
    'dated',
    { SEEDS_DIR: join(output, 'dated-seeds'), BASE_PATH: '/' },
    { corpus: { records: 500, dated: true } },
  ),
  /**
   * The same records without dates, as records in the seed format come, served under a sub-path,
   * with a search index in parts of at most 120 articles; the last ten records are added by a
   * second build.
   */
  undated: build(
    'undated',
    { SEEDS_DIR: join(output, 'undated-seeds'), BASE_PATH: '/news/' },
    {
      corpus: { records: 500, dated: false, appended: 10 },
      options: { searchPartArticles: 120 },
    },
  ),
  /** The root build's seeds with the integration given no options at all: its output must match the root build's. */
  defaults: build(
    'defaults',
    { SEEDS_DIR: 'tests/fixtures/site-seeds', BASE_PATH: '/', PAGE_SIZE: '2' },
    { force: true, options: 'none' },
  ),
  /** English records, with only the title and the language changed in the project's astro.config.ts. */
  english: build(
    'english',
    { SEEDS_DIR: 'tests/fixtures/en-seeds', BASE_PATH: '/' },
    { force: true, options: { title: '开源情报周刊', lang: 'en' } },
  ),
  /** Valid, invalid and ignored files together, published with `SEEDS_ON_ERROR=skip`. */
  mixed: build('mixed', {
    SEEDS_DIR: 'tests/fixtures/mixed',
    BASE_PATH: '/',
    SEEDS_ON_ERROR: 'skip',
  }),
};

/** The fixture site at the root and under `/news/`. */
export const sites = [builds.root, builds.news];

/** A built fixture site. */
export type Site = (typeof builds)[keyof typeof builds];

/** The file a site URL path is served from, or undefined when there is none. */
export function fileFor(site: Site, urlPath: string): string | undefined {
  if (!urlPath.startsWith(site.base)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(site.base.length));
  const file = join(
    site.outDir,
    relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative,
  );
  return existsSync(file) ? file : undefined;
}

/** Parses the page at a site URL path; fails when the page does not exist. */
export function loadPage(site: Site, urlPath: string) {
  const file = fileFor(site, urlPath);
  if (!file) throw new Error(`No page at ${urlPath} in the ${site.name} build`);
  return cheerio.load(readFileSync(file, 'utf8'));
}

/** Every HTML file of a build, as paths relative to its output folder. */
export function htmlFiles(site: Site): string[] {
  return readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
}

/**
 * The routes of one `astro build` log, each with whether it was reused from the last build. Astro
 * writes a route's path when it starts it and, right after, `(cached)` when it leaves the last
 * build's file in `dist/` or `(restored)` when it copies it back from its cache, while the timing
 * of a rendered route may come lines later, after the paths of others.
 */
export function routes(log: string): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const chunk of log.split(/[├└]─ /).slice(1)) {
    const path = /^\S+?(?=\d\d:\d\d:\d\d\s|\s|$)/.exec(chunk)![0];
    found.set(path, /^\S+? \((restored|cached)\)/.test(chunk));
  }
  return found;
}

/** The files of a build's output folder, by path from it, sorted. */
export function outputFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The files that are in only one of two output folders, or in both with other bytes. */
export function differingFiles(expected: string, actual: string): string[] {
  const files = new Set([...outputFiles(expected), ...outputFiles(actual)]);
  const same = (file: string) =>
    existsSync(join(expected, file)) &&
    existsSync(join(actual, file)) &&
    readFileSync(join(expected, file)).equals(readFileSync(join(actual, file)));
  return [...files].filter((file) => !same(file)).sort();
}
