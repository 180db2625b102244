import { defineConfig } from 'astro/config';
import { siteConfig } from './src/config.ts';

const { siteUrl, basePath } = siteConfig();

export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'ignore',
  // One cacheable stylesheet for the whole site instead of a copy inlined into every page.
  // Four pages at a time, so that writing one page's files overlaps rendering the next.
  build: { inlineStylesheets: 'never', concurrency: 4 },
  // Pages whose `cacheKey` and code are unchanged are copied from the last build (see src/site/page-key.ts).
  experimental: { incrementalBuild: true },
  vite: {
    // The search index is built in a worker thread, which Node runs from its source file.
    define: {
      'import.meta.env.SEARCH_INDEX_WORKER': JSON.stringify(
        new URL('./src/search/index-worker.ts', import.meta.url).href,
      ),
    },
  },
});
