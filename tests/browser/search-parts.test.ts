import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builds } from '../site/built-site.ts';
import { launchChromium, serveSite } from './browser.ts';

// The search fixture's 32 articles fall in four months, so its index has four parts of eight.
let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveSite>>;
const requested: string[] = [];
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveSite(builds.search)]);
  page = await browser.newPage();
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
});
afterAll(async () => {
  server?.stop();
  await browser?.close();
});

const status = () => page.locator('[data-status]');
const titles = () => page.locator('[data-results] h2 a').allTextContents();
const partsFetched = () => [...new Set(requested.map((path) => /^\/pagefind\/([^/]+)\//.exec(path)?.[1]).filter(Boolean))].sort();

describe('search over an index in parts', () => {
  test('searches the newest months first, and older ones only when the reader asks', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('技术')}`);
    await status().filter({ hasText: /^找到/ }).waitFor();
    expect(await status().textContent()).toBe('找到 16 篇与“技术”相关的文章（2024年9月3日以来）。');
    expect(await titles()).toHaveLength(10);
    expect(partsFetched()).toEqual(['2024-09-03', '2024-10-04']);

    const more = page.locator('[data-more]');
    expect(await more.textContent()).toBe('加载更多结果');
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length === 16);
    expect(await more.textContent()).toBe('搜索更早的文章');
    expect(partsFetched()).toEqual(['2024-09-03', '2024-10-04']);

    const firstSixteen = await titles();
    await page.locator('[data-results] > li').first().evaluate((item) => item.setAttribute('data-seen', ''));
    await more.click();
    await status().filter({ hasNotText: '以来' }).filter({ hasText: /^找到/ }).waitFor();
    const total = Number(/找到 (\d+) 篇/.exec((await status().textContent())!)![1]);
    expect(total).toBeGreaterThan(16);
    expect(partsFetched()).toEqual(['2024-07-01', '2024-08-02', '2024-09-03', '2024-10-04']);
    await page.waitForFunction((shown) => document.querySelectorAll('[data-results] > li').length === shown, Math.min(total, 26));
    expect(new Set(await titles()).size).toBe((await titles()).length);
    // The results already read stay where they were, the older ones come after them.
    expect((await titles()).slice(0, 16)).toEqual(firstSixteen);
    expect(await page.locator('[data-results] > li').first().getAttribute('data-seen')).toBe('');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe((await titles())[16]);
  });
});
