import { defineConfig } from 'astro/config';
import { buildGuard } from './src/build/build-guard.ts';
import { newsDigest } from './src/config/news-digest.ts';

export default defineConfig({
  integrations: [
    // Every publisher setting, with its default; README.md, "Make it yours", describes each one.
    // `description`, `footer` and `taxonomyNames` are left out: they default to the language's own
    // words; `renderThreads` too: it defaults to two threads on a machine of two cores or more.
    newsDigest({
      title: 'AI 行业新闻摘要',
      lang: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      nav: ['tags', 'industries', 'tech'],
      // SITE_URL, BASE_PATH, SEEDS_DIR, SEEDS_ON_ERROR and PAGE_SIZE override these five, and
      // RENDER_THREADS overrides `renderThreads`.
      site: 'http://localhost:4321',
      base: '/',
      seedsDir: 'seeds',
      onError: 'fail',
      pageSize: 20,
      feedSize: 50,
      relatedCount: 5,
      boilerplate: 'boilerplate.json',
      searchFileBytes: 8192,
      searchPartArticles: 20000,
    }),
    // One build at a time in this folder: a second one stops and says so.
    buildGuard(),
  ],
  trailingSlash: 'ignore',
  // One cacheable stylesheet for the whole site instead of a copy inlined into every page.
  // Twelve pages at a time, so that writing pages' files overlaps rendering others, on every thread
  // that renders (see `renderThreads`).
  build: { inlineStylesheets: 'never', concurrency: 12 },
  // Pages whose `cacheKey` and code are unchanged are copied from the last build (see src/site/page-key.ts).
  experimental: { incrementalBuild: true },
});
