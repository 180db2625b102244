import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

interface ArticleEntry {
  url: string;
  date: string | null;
  terms: Record<string, { url: string }[]>;
}

/**
 * `@astrojs/sitemap` with `lastmod` from article dates: an article page's own date, a term page's
 * newest article, the home page's newest article. The dates come from the built `articles.json`.
 */
export function datedSitemap(): AstroIntegration[] {
  let outDir: string;
  let lastmods: Map<string, string> | undefined;
  return [
    { name: 'news-digest-sitemap-dates', hooks: { 'astro:config:done': ({ config }) => void (outDir = fileURLToPath(config.outDir)) } },
    sitemap({
      // Pages only: feeds, JSON and robots.txt are not pages.
      filter: (url) => url.endsWith('/'),
      serialize: (item) => {
        lastmods ??= readLastmods(`${outDir}/articles.json`);
        const lastmod = lastmods.get(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}

function readLastmods(file: string): Map<string, string> {
  const lastmods = new Map<string, string>();
  const later = (url: string, date: string) => {
    if ((lastmods.get(url) ?? '') < date) lastmods.set(url, date);
  };
  const articles: ArticleEntry[] = JSON.parse(readFileSync(file, 'utf8'));
  for (const { url, date, terms } of articles) {
    if (!date) continue;
    later(url, date);
    later(new URL('../../', url).href, date);
    for (const term of Object.values(terms).flat()) later(term.url, date);
  }
  return lastmods;
}
