import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import config from '../astro.config.ts';
import { newsDigestSettings } from '../src/config/news-digest.ts';
import { articlePath, homePath, searchPath, termPath } from '../src/paths.ts';
import { readSeeds } from '../src/records/read-seeds.ts';
import { missingSeedsFolder } from '../src/records/seed-files.ts';
import { buildTaxonomy } from '../src/taxonomy/build-taxonomy.ts';
import { serveSite } from '../tests/browser/browser.ts';

// Runs Lighthouse (mobile, simulated throttling) with Debian's Chromium on each page type of the
// built site in dist/ and prints the four category scores per page.
const outDir = 'dist';
const { seedsDir, base: basePath, timeZone } = newsDigestSettings(config);
const missing = missingSeedsFolder(resolve(seedsDir), seedsDir);
if (missing) {
  console.error(missing);
  process.exit(2);
}
// The pages come from the records the build publishes: the most frequent keyword and industry,
// and the first article of that keyword.
const { published } = await readSeeds(resolve(seedsDir), timeZone);
const topTerm = (field: 'keywords' | 'industries') =>
  buildTaxonomy(published.map(({ id, record }) => ({ id, terms: record[field] }))).terms[0];
const [keyword, industry] = [topTerm('keywords'), topTerm('industries')];
if (!keyword || !industry) {
  console.error(
    `No record in \`${seedsDir}\` has both a keyword and an industry, so there are no term pages to audit.`,
  );
  process.exit(2);
}
// A term comes from the articles that have it, so it has at least one. Outside a build the paths are
// from the root; the base path is added where a page is fetched.
const article = articlePath(keyword.articleIds[0]!);
if (!existsSync(`${outDir}${article}index.html`)) {
  console.error(
    `There is no site built from \`${seedsDir}\` in \`${outDir}/\`. Run \`npm run build\` first, with the same settings.`,
  );
  process.exit(2);
}
const pages: [name: string, path: string][] = [
  ['home', homePath()],
  ['article', article],
  ['keyword', termPath('tags', keyword.slug)],
  ['industry', termPath('industries', industry.slug)],
  ['search', `${searchPath()}?q=${encodeURIComponent(keyword.label)}`],
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = await serveSite({ outDir, base: basePath });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const rows: string[] = [];
try {
  for (const [name, page] of pages) {
    const result = await lighthouse(`${server.origin}${basePath}${page.slice(1)}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    const scores = categories.map((category) =>
      Math.round((result?.lhr.categories[category]?.score ?? 0) * 100),
    );
    rows.push(`| ${name} | \`${decodeURI(page)}\` | ${scores.join(' | ')} |`);
  }
} finally {
  chrome.kill();
  server.stop();
}
console.log(
  [
    '| page | path | performance | accessibility | best practices | SEO |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
