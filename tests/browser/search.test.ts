import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sites } from '../site/built-site.ts';
import { launchChromium, serveSite } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each(sites)('search on the $name fixture site', (site) => {
  let server: Awaited<ReturnType<typeof serveSite>>;
  beforeAll(async () => {
    server = await serveSite(site);
  });
  afterAll(() => server?.stop());

  const resultTitles = async (url: string) => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${url}`);
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    const titles = await page.locator('.pagefind-ui__result-link').allTextContents();
    const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await page.close();
    return { titles, hrefs };
  };

  test.each(['天融信', '讯飞星火'])('lists the seed article for %s', async (query) => {
    const { titles, hrefs } = await resultTitles(`${site.base}search/?q=${encodeURIComponent(query)}`);
    expect(titles).toContain('大模型产业方兴未艾 A股公司争相涉足');
    expect(hrefs).toContain(`${site.base}articles/000_14c0c9d93e9386f0/`);
  });

  test('takes a query typed into the header search box of another page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${site.base}`);
    await page.getByRole('searchbox', { name: '搜索文章' }).fill('芯片');
    await page.getByRole('searchbox', { name: '搜索文章' }).press('Enter');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    expect(new URL(page.url()).pathname).toBe(`${site.base}search/`);
    expect(await page.locator('.pagefind-ui__result-link').allTextContents()).toEqual(
      expect.arrayContaining(['AIGC 芯片需求增长', '国产 AI芯片 出货量创新高']),
    );
    await page.close();
  });
});
