import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { builds } from '../site/built-site.ts';
import { launchChromium, serveSite } from './browser.ts';

// How a reader pages, filters, types and comes back, on the 500-record dated corpus.
let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
let page: Page;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveSite(builds.dated)]);
});
afterAll(async () => {
  server?.stop();
  await browser?.close();
});
// Each test starts in a fresh tab, with no history of its own.
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
afterEach(() => page?.close());

const results = () => page.locator('[data-results] > li');
const count = async () =>
  Number(/找到 (\d+) 篇/.exec((await page.locator('[data-status]').textContent()) ?? '')?.[1]);
const open = async (query: string) => {
  await page.goto(`${server.origin}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  await page
    .locator('[data-status]')
    .filter({ hasText: query ? /^(找到|没有)/ : /^输入关键词/ })
    .waitFor();
};

describe('reading search results', () => {
  test('adds ten results a click, keeps the total, and moves the focus to the first new one', async () => {
    await open('科大讯飞');
    const total = await count();
    expect(total).toBeGreaterThan(20);
    expect(await results().count()).toBe(10);
    await page.locator('[data-more]').click();
    await results().nth(19).waitFor();
    expect(await results().count()).toBe(20);
    expect(await count()).toBe(total);
    expect(
      await page.evaluate(
        () =>
          document.activeElement?.closest('li') ===
          document.querySelectorAll('[data-results] > li')[10],
      ),
    ).toBe(true);
  });

  test('restores the results shown and the scroll position after a result is opened and Back is pressed', async () => {
    await open('科大讯飞');
    await page.locator('[data-more]').click();
    await results().nth(19).waitFor();
    const target = results().nth(15).locator('h2 a');
    await target.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    const title = await target.textContent();
    await target.click();
    await page.waitForURL(/\/articles\//);
    await page.goBack();
    await results().nth(19).waitFor();
    expect(await results().count()).toBe(20);
    expect(await results().nth(15).locator('h2 a').textContent()).toBe(title);
    await page.waitForFunction((y) => Math.abs(scrollY - y) < 2, scrolled);
  });

  test('shows results as the reader types, with the query in the URL and the document title', async () => {
    await open('');
    await page.locator('#q').pressSequentially('宁德时代', { delay: 30 });
    await page.locator('[data-status]').filter({ hasText: '宁德时代' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('宁德时代');
    expect(await page.title()).toMatch(/^“宁德时代”的搜索结果/);
  });

  test('widens with a second value of one filter, narrows with another filter, and clears them all', async () => {
    await open('芯片');
    const all = await count();
    const industries = page.getByRole('group', { name: '行业' });
    const [first = '', second = ''] = await industries
      .locator('label')
      .evaluateAll((labels) =>
        labels.slice(0, 2).map((label) => label.textContent!.trim().replace(/ \(\d+\)$/, '')),
      );
    // The line of active filters changes with the count, once the search is done.
    await industries.getByRole('checkbox', { name: first }).check();
    await page
      .locator('[data-active]')
      .filter({ hasText: `行业：${first}。` })
      .waitFor();
    const one = await count();
    await page.getByRole('group', { name: '行业' }).getByRole('checkbox', { name: second }).check();
    await page
      .locator('[data-active]')
      .filter({ hasText: `行业：${first} 或 ${second}。` })
      .waitFor();
    const two = await count();
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThanOrEqual(all);
    expect(await page.locator('[data-active]').textContent()).toContain(
      `行业：${first} 或 ${second}`,
    );
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page
      .locator('[data-status]')
      .filter({ hasText: `找到 ${all} 篇` })
      .waitFor();
    expect(new URL(page.url()).searchParams.has('industry')).toBe(false);
  });

  test('loads the keyword filter on request, and shows its largest values until the reader asks for all of them', async () => {
    await open('科大讯飞');
    const keywords = page.getByRole('group', { name: '关键词' });
    expect(await keywords.locator('label').count()).toBe(0);
    await keywords.getByRole('button', { name: '按关键词筛选' }).click();
    await keywords.locator('label').first().waitFor();
    expect(await keywords.locator('label:visible').count()).toBe(8);
    await keywords.getByRole('button', { name: /^显示全部 \d+ 个$/ }).click();
    expect(await keywords.locator('label:visible').count()).toBeGreaterThan(8);
  });
});
