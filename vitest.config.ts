import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { resolveSettings } from './src/config/settings.ts';
import { virtualModules } from './src/config/virtual-modules.ts';

// Modules that read the settings get the defaults, as a build with no options and no variables would.
const plugins = [virtualModules(resolveSettings({}, {}), import.meta.dirname)];

// Tests under tests/site/ that check a module of src/site/ as plain functions, without a built site.
const siteUnitTests = [
  'tests/site/articles.test.ts',
  'tests/site/document-title.test.ts',
  'tests/site/json-ld.test.ts',
  'tests/site/paginate.test.ts',
  'tests/site/space-scripts.test.ts',
  'tests/site/term-hubs.test.ts',
  'tests/site/day-groups.test.ts',
  'tests/site/derived-texts.test.ts',
  'tests/site/page-key.test.ts',
];

// The plain-TypeScript stages of the data flow keep nine in ten of their lines and branches under test.
const covered = { lines: 90, branches: 90 };

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Inline projects inherit these root options; `npm run test:unit` runs the first one alone.
    projects: [
      {
        plugins,
        test: {
          name: 'unit',
          include: ['tests/*.test.ts', 'tests/!(site|browser)/**/*.test.ts', ...siteUnitTests],
          // What the site derives from records is kept in Astro's cache folder: a fresh one per run.
          env: { NEWS_DIGEST_CACHE: mkdtempSync(join(tmpdir(), 'news-digest-cache-')) },
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/site/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...siteUnitTests],
          // Named per project, not at the root: the root's global setup runs whichever project runs,
          // and `npm run test:unit` must build no site. The setup builds once for both projects.
          globalSetup: ['tests/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // `npm test` fails below these. The search page's browser code is tested in Chromium instead.
      thresholds: {
        'src/records/**': covered,
        'src/normalize/**': covered,
        'src/taxonomy/**': covered,
        'src/markdown/**': covered,
        'src/search/!(search-page).ts': covered,
      },
    },
  },
});
