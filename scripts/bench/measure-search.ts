import type { Page } from 'playwright-core';
import { launchChromium, serveSite } from '../../tests/browser/browser.ts';

/** What the first query on a freshly loaded search page fetched, how long it took, and what it showed. */
export interface QueryMeasure {
  query: string;
  /** Bytes the server sent while the search page loaded: the page, its script and style, the search manifest. */
  startup: number;
  /** Bytes the server sent for the query: index shards and the documents of the first page of results. */
  bytes: number;
  /** Milliseconds from pressing Enter until the result count is shown. */
  latency: number;
  /** The result count the page states: `N` of 「找到 N 篇」, 0 for 「没有找到」. */
  count: number;
  /** The article ids of the first page of results, in the order shown. */
  ids: string[];
}

/** Types each query into a freshly loaded search page in headless Chromium and records what it fetches and shows. */
export async function measureSearch(
  outDir: string,
  queries: readonly string[],
): Promise<QueryMeasure[]> {
  const [browser, server] = await Promise.all([launchChromium(), serveSite({ outDir, base: '/' })]);
  const measures: QueryMeasure[] = [];
  try {
    for (const query of queries) {
      // A new page has its own browser context, so nothing is cached from the query before.
      const page = await browser.newPage();
      await page.goto(`${server.origin}/search/`, { waitUntil: 'networkidle' });
      const startup = await transferred(page);
      const started = performance.now();
      await page.locator('#q').fill(query);
      await page.locator('#q').press('Enter');
      const status = page.locator('[data-status]').filter({ hasText: /^(找到|没有)/ });
      await status.waitFor();
      const latency = performance.now() - started;
      const count = Number(/^找到 (\d+) 篇/.exec((await status.textContent()) ?? '')?.[1] ?? 0);
      // The search page adds a page of results at once, after it has fetched their documents.
      if (count > 0) await page.locator('[data-results] > li').first().waitFor();
      const hrefs = await page
        .locator('[data-results] > li h2 a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      measures.push({
        query,
        startup,
        bytes: (await transferred(page)) - startup,
        latency,
        count,
        ids: hrefs.map((href) => /\/articles\/([^/]+)\/$/.exec(href)?.[1] ?? href),
      });
      await page.close();
    }
  } finally {
    server.stop();
    await browser.close();
  }
  return measures;
}

// Bytes of the page and of every file it has fetched, headers included, from the browser's own
// resource timing: a file is counted once the page has read it, so nothing is missed or counted twice.
function transferred(page: Page): Promise<number> {
  return page.evaluate(() =>
    performance
      .getEntries()
      .reduce((sum, entry) => sum + ((entry as PerformanceResourceTiming).transferSize ?? 0), 0),
  );
}
