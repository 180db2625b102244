import { existsSync, readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { siteConfig } from '../src/config.ts';
import { serveSite } from '../tests/browser/browser.ts';

// Runs Lighthouse (mobile, simulated throttling) with Debian's Chromium on each page type of the
// built site in dist/ and prints the four category scores per page.
const outDir = 'dist';
if (!existsSync(`${outDir}/articles.json`)) {
  console.error('There is no built site in `dist/`. Run `npm run build` first.');
  process.exit(2);
}
const { basePath } = siteConfig();
const [article] = JSON.parse(readFileSync(`${outDir}/articles.json`, 'utf8'));
const path = (url: string) => new URL(url).pathname;
const pages = [
  ['home', basePath],
  ['article', path(article.url)],
  ['keyword', path(article.terms.tags[0].url)],
  ['industry', path(article.terms.industries[0].url)],
  ['search', `${basePath}search/?q=${encodeURIComponent(article.terms.tags[0].label)}`],
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = await serveSite({ outDir, base: basePath });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows: string[] = [];
try {
  for (const [name, page] of pages) {
    const result = await lighthouse(`${server.origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    const scores = categories.map((category) => Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
    rows.push(`| ${name} | \`${decodeURI(page)}\` | ${scores.join(' | ')} |`);
  }
} finally {
  chrome.kill();
  server.stop();
}
console.log(['| page | path | performance | accessibility | best practices | SEO |', '|---|---|---|---|---|---|', ...rows].join('\n'));
