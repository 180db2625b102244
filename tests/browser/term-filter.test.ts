import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builds } from '../site/built-site.ts';
import { launchChromium, serveSite } from './browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveSite(builds.root)]);
});
afterAll(async () => {
  server?.stop();
  await browser?.close();
});

const visible = (page: Page, selector: string) =>
  page.locator(selector).filter({ visible: true }).allTextContents();

describe('the filter box of the term indexes', () => {
  test('narrows the list by count to the names containing what is typed, in any width or case', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/tags/`);
    await page.getByRole('searchbox', { name: '筛选关键词' }).fill('ａｉ');
    expect(await visible(page, '.term-index a')).toEqual(['AIGC', 'AI芯片']);
    expect(await page.getByRole('status').textContent()).toBe('2 个关键词的名称包含“ａｉ”。');
    await page.getByRole('searchbox', { name: '筛选关键词' }).fill('');
    expect(await visible(page, '.term-index a')).toHaveLength(12);
    expect(await page.locator('.term-filter-status').textContent()).toBe('');
    await page.close();
  });

  test('hides the initials without a match and the jump bar while filtering by name, and says when nothing matches', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/tags/by-name/`);
    const box = page.getByRole('searchbox', { name: '筛选关键词' });
    await box.fill('c');
    expect(await visible(page, '.initial-group h2')).toEqual(['A', 'C', '#其他']);
    expect(await page.locator('.initial-bar').isVisible()).toBe(false);
    await box.fill('没有这个词');
    expect(await visible(page, '.initial-group h2')).toEqual([]);
    expect(await page.getByRole('status').textContent()).toBe('没有名称包含“没有这个词”的关键词。');
    await page.close();
  });

  test('names the AI technologies with a space between the scripts', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/tech/`);
    await page.getByRole('searchbox', { name: '筛选 AI 技术' }).fill('模型');
    expect(await page.getByRole('status').textContent()).toMatch(
      /^\d 个 AI 技术的名称包含“模型”。$/,
    );
    expect(await visible(page, '.term-bars a')).toEqual(
      expect.arrayContaining(['人工智能大模型', '多模态大模型']),
    );
    await page.close();
  });

  test('leaves the plain list and no box when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/tags/by-name/`);
    expect(await page.locator('.term-filter').isVisible()).toBe(false);
    expect(await visible(page, '.term-index a')).toHaveLength(12);
    await context.close();
  });
});
