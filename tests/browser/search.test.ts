import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sites } from '../site/built-site.ts';
import { launchChromium, serveSite } from './browser.ts';
import { readResults } from './search-page.ts';

const seedTitle = '大模型产业方兴未艾 A股公司争相涉足';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each(sites)('search on the $name fixture site', (site) => {
  let server: Awaited<ReturnType<typeof serveSite>>;
  let page: Page;
  beforeAll(async () => {
    server = await serveSite(site);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
    server?.stop();
  });
  const url = (query: string) => `${server.origin}${site.base}search/?${query}`;

  test.each(['天融信', '讯飞星火'])(
    'lists the seed article for %s, with the match highlighted',
    async (query) => {
      const { titles, hrefs } = await readResults(page, url(`q=${encodeURIComponent(query)}`));
      expect(titles).toEqual([seedTitle]);
      expect(hrefs).toEqual([`${site.base}articles/000_14c0c9d93e9386f0/`]);
      expect(await page.locator('[data-results] mark').first().textContent()).toBe(query);
    },
  );

  test('takes a query typed into the header search box of another page', async () => {
    await page.goto(`${server.origin}${site.base}`);
    await page.getByRole('searchbox', { name: '搜索文章' }).fill('芯片');
    await page.getByRole('searchbox', { name: '搜索文章' }).press('Enter');
    await page.locator('[data-status]').filter({ hasText: /^找到/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`${site.base}search/`);
    expect((await page.locator('[data-results] h2 a').allTextContents()).sort()).toEqual([
      'AIGC 芯片需求增长',
      '国产 AI芯片 出货量创新高',
    ]);
    expect(await page.locator('#q').inputValue()).toBe('芯片');
  });

  test('shows industry and AI-technology facets with live counts, and narrows by one', async () => {
    await readResults(page, url('q=芯片'));
    const industry = page.getByRole('group', { name: '行业' });
    expect(await industry.locator('label').allTextContents()).toEqual([
      ' 半导体 (2)',
      ' 人工智能 (1)',
    ]);
    expect(
      await page.getByRole('group', { name: 'AI 技术' }).locator('label').allTextContents(),
    ).toEqual([' 生成式人工智能 (2)']);
    await industry.getByRole('checkbox', { name: /人工智能/ }).check();
    await page.waitForURL(/industry=/);
    await page.locator('[data-results] > li').nth(1).waitFor({ state: 'detached' });
    expect(await page.locator('[data-results] h2 a').allTextContents()).toEqual([
      '国产 AI芯片 出货量创新高',
    ]);
    expect(new URL(page.url()).searchParams.getAll('industry')).toEqual(['人工智能']);
  });

  test('restores a shared URL with query and filters, and the back button returns to the previous search', async () => {
    const shared = await readResults(
      page,
      url(`q=${encodeURIComponent('生成式人工智能')}&keyword=AIGC`),
    );
    expect(shared.titles).toEqual(['AIGC 芯片需求增长']);
    expect(await page.locator('#q').inputValue()).toBe('生成式人工智能');
    expect(await page.getByRole('checkbox', { name: /AIGC/ }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: /AIGC/ }).uncheck();
    await page.locator('[data-status]').filter({ hasText: '找到 4 篇' }).waitFor();
    await page.goBack();
    await page.locator('[data-status]').filter({ hasText: '找到 1 篇' }).waitFor();
    expect(new URL(page.url()).searchParams.get('keyword')).toBe('AIGC');
  });

  test('offers the page of a term that the query names', async () => {
    await readResults(page, url('q=aigc'));
    const link = page.locator('[data-suggestions] a');
    expect(await link.textContent()).toBe('查看关键词“AIGC”的全部 2 篇文章');
    expect(await link.getAttribute('href')).toBe(`${site.base}tags/aigc/`);
  });

  test('needs every word of a multi-word query, and offers the nearest terms when nothing matches', async () => {
    expect((await readResults(page, url(`q=${encodeURIComponent('芯片 火锅')}`))).status).toBe(
      '没有找到包含“芯片 火锅”的文章。',
    );
    const none = await readResults(page, url(`q=${encodeURIComponent('讯飞芯片')}`));
    expect(none.status).toBe('没有找到包含“讯飞芯片”的文章。');
    expect(none.titles).toEqual([]);
    expect(await page.locator('[data-suggestions] a').allTextContents()).toEqual(
      expect.arrayContaining(['AI芯片（2）', '关键词', '行业', 'AI 技术']),
    );
  });

  test('shows a quoted query once, names it in the document title, and orders by date on request', async () => {
    const quoted = await readResults(page, url(`q=${encodeURIComponent('“芯片”')}`));
    expect(quoted.status).toBe('找到 2 篇包含“芯片”的文章。');
    expect(await page.title()).toMatch(/^“芯片”的搜索结果 - 搜索/);
    await page.getByRole('radio', { name: '最新' }).check();
    await page.waitForURL(/sort=latest/);
    const latest = await readResults(page, page.url());
    expect(latest.titles.toSorted()).toEqual(quoted.titles.toSorted());
  });
});
