import { defineConfig } from 'astro/config';
import { readSiteConfig } from './src/config.ts';
import { datedSitemap } from './src/feeds/dated-sitemap.ts';
import { pagefindSearch } from './src/search/pagefind-integration.ts';

const { siteUrl, basePath } = readSiteConfig();

export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'ignore',
  // One cacheable stylesheet for the whole site instead of a copy inlined into every page.
  build: { inlineStylesheets: 'never' },
  integrations: [datedSitemap(), pagefindSearch()],
  // Pages whose `cacheKey` and code are unchanged are copied from the last build (see src/site/page-key.ts).
  experimental: { incrementalBuild: true },
});
