import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSeeds } from '../../src/records/read-seeds.ts';
import { sampleQueries, truthFor, type Truth } from '../search/sample-queries.ts';
import { builds } from '../site/built-site.ts';
import { launchChromium, serveSite } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each([builds.dated, builds.undated])('search quality on the $name corpus, typed into the search page', (site) => {
  let server: Awaited<ReturnType<typeof serveSite>>;
  let page: Page;
  let truth: Truth;
  beforeAll(async () => {
    [server, page, truth] = await Promise.all([serveSite(site), browser.newPage(), readSeeds(site.env.SEEDS_DIR).then(({ published }) => truthFor(published))]);
  });
  afterAll(async () => {
    await page?.close();
    server?.stop();
  });

  test('shows exactly the articles containing every word, complete and counted', async () => {
    const rows: string[] = [];
    for (const { query, kind } of sampleQueries(truth)) {
      const expected = truth.matching(query);
      await page.goto(`${server.origin}${site.base}search/?q=${encodeURIComponent(query)}`);
      const status = (await page.locator('[data-status]').filter({ hasText: /^(找到|没有)/ }).textContent())!;
      const shown = (await page.locator('[data-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))).map((href) => href.split('/').at(-2)!);
      const count = Number(/^找到 (\d+) 篇/.exec(status)?.[1] ?? 0);
      rows.push(`${kind} ${query}: ${count}/${expected.size}, first page ${shown.filter((id) => expected.has(id)).length}/${shown.length}`);
      expect({ query, count, wrong: shown.filter((id) => !expected.has(id)) }).toEqual({ query, count: expected.size, wrong: [] });
      expect(shown.length, query).toBe(Math.min(10, expected.size));
    }
    console.log(`${site.name}: ${rows.length} queries\n${rows.join('\n')}`);
    expect(rows.length).toBeGreaterThanOrEqual(50);
  });
});
