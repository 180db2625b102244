import type { Page } from 'playwright-core';

/** Opens the search page at a URL, waits for the search to finish and reads every result, loading more until all are shown. */
export async function readResults(page: Page, url: string) {
  await page.goto(url);
  const status = page.locator('[data-status]');
  // The final status in either language: a count found, or none.
  await status.filter({ hasText: /^(找到|没有|Found |No articles )/ }).waitFor();
  const more = page.locator('[data-more]');
  while (await more.isVisible()) {
    const count = await page.locator('[data-results] > li').count();
    await more.click();
    await page.waitForFunction(
      (shown) => document.querySelectorAll('[data-results] > li').length > shown,
      count,
    );
  }
  const links = page.locator('[data-results] h2 a');
  return {
    status: (await status.textContent()) ?? '',
    titles: await links.allTextContents(),
    hrefs: await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!)),
  };
}
