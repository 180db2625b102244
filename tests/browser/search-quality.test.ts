import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSeeds } from '../../src/records/read-seeds.ts';
import { sampleQueries, truthFor } from '../search/sample-queries.ts';
import { builds } from '../site/built-site.ts';
import { launchChromium, serveSite } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

// The global setup has written and built both corpora before this file is read.
const corpora = await Promise.all(
  [builds.dated, builds.undated].map(async (site) => {
    const truth = truthFor((await readSeeds(site.env.SEEDS_DIR)).published);
    return { site, truth, queries: sampleQueries(truth) };
  }),
);

describe.each(corpora)(
  'search quality on the $site.name corpus, typed into the search page',
  ({ site, truth, queries }) => {
    let server: Awaited<ReturnType<typeof serveSite>>;
    let page: Page;
    beforeAll(async () => {
      [server, page] = await Promise.all([serveSite(site), browser.newPage()]);
    });
    afterAll(async () => {
      await page?.close();
      server?.stop();
    });

    test('asks at least 60 queries of every kind', () => {
      expect(queries.length).toBeGreaterThanOrEqual(60);
      expect(new Set(queries.map(({ kind }) => kind.replace(/ \d$/, '')))).toEqual(
        new Set(['keyword band', 'substring', 'two words', 'one character', 'fixed']),
      );
    });

    test.each(queries)(
      '$kind $query: exactly the articles containing every word, complete and counted',
      async ({ query }) => {
        const expected = truth.matching(query);
        await page.goto(`${server.origin}${site.base}search/?q=${encodeURIComponent(query)}`);
        const status = (await page
          .locator('[data-status]')
          .filter({ hasText: /^(找到|没有)/ })
          .textContent())!;
        const hrefs = await page
          .locator('[data-results] h2 a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
        const shown = hrefs.map((href) => href.split('/').at(-2)!);
        expect(Number(/^找到 (\d+) 篇/.exec(status)?.[1] ?? 0)).toBe(expected.size);
        expect(shown.filter((id) => !expected.has(id))).toEqual([]);
        expect(shown.length).toBe(Math.min(10, expected.size));
      },
    );
  },
);
