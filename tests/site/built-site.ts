import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';

const output = fileURLToPath(new URL('../.output/', import.meta.url));

/** The fixture site builds that the global setup makes: the same seeds at the root and under `/news/`. */
export const sites = {
  root: { name: 'root', base: '/', outDir: join(output, 'root'), env: { SEEDS_DIR: 'tests/fixtures/site-seeds', BASE_PATH: '/', SITE_URL: 'https://digest.example' } },
  news: { name: 'news', base: '/news/', outDir: join(output, 'news'), env: { SEEDS_DIR: 'tests/fixtures/site-seeds', BASE_PATH: '/news/', SITE_URL: 'https://digest.example' } },
};

/** A built fixture site. */
export type Site = (typeof sites)[keyof typeof sites];

/** The file a site URL path is served from, or undefined when there is none. */
export function fileFor(site: Site, urlPath: string): string | undefined {
  if (!urlPath.startsWith(site.base)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(site.base.length));
  const file = join(site.outDir, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
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
  return readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}
