import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builds } from '../site/built-site.ts';
import { launchChromium, serveSite } from './browser.ts';

const pages = [
  ['home', '/'],
  ['article', '/articles/000_14c0c9d93e9386f0/'],
  ['article with markup in its fields', '/articles/004_unsafe/'],
  ['keyword index', '/tags/'],
  ['industry index', '/industries/'],
  ['AI technology index', '/tech/'],
  ['keyword page', '/tags/大模型产业/'],
  ['search with results and facets', '/search/?q=大模型'],
  ['not found', '/404.html'],
];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveSite(builds.root)]);
});
afterAll(async () => {
  server?.stop();
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (colorScheme) => {
  test.each(pages)('finds no violation on the %s page', async (_, path) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${server.origin}${path}`);
    if (path.startsWith('/search/')) await page.locator('[data-status]').filter({ hasText: /^找到/ }).waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    await context.close();
    expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
