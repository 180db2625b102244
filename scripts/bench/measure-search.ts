import { launchChromium, serveSite } from '../../tests/browser/browser.ts';

/** Bytes fetched and time taken by the first query on a freshly loaded search page. */
export interface QueryMeasure {
  query: string;
  /** Bytes fetched while the search page loads: the page, Pagefind's script and WebAssembly, the newest index part's metadata and filters. */
  startup: number;
  bytes: number;
  latency: number;
  results: string;
}

/** Types each query into a freshly loaded search page in headless Chromium and measures what the search fetches. */
export async function measureSearch(outDir: string, queries: readonly string[]): Promise<QueryMeasure[]> {
  const [browser, server] = await Promise.all([launchChromium(), serveSite({ outDir, base: '/' })]);
  const measures: QueryMeasure[] = [];
  try {
    for (const query of queries) {
      const page = await browser.newPage();
      // Playwright reports the requests of Pagefind's web worker on the page too.
      let sizes: Promise<number>[] = [];
      // A request still finishing when the page closes counts for nothing.
      page.on('requestfinished', (request) => sizes.push(request.sizes().then((size) => size.responseHeadersSize + size.responseBodySize, () => 0)));
      const total = async () => (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
      await page.goto(`${server.origin}/search/`, { waitUntil: 'networkidle' });
      const startup = await total();
      sizes = [];
      const started = performance.now();
      await page.locator('#q').fill(query);
      await page.locator('#q').press('Enter');
      const status = page.locator('[data-status]').filter({ hasText: /^(找到|没有)/ });
      await status.waitFor();
      const latency = performance.now() - started;
      await page.waitForLoadState('networkidle');
      const bytes = await total();
      measures.push({ query, startup, bytes, latency, results: (await status.textContent()) ?? '' });
      await page.close();
    }
  } finally {
    server.stop();
    await browser.close();
  }
  return measures;
}
