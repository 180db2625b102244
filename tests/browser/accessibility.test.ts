import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builds } from '../site/built-site.ts';
import { launchChromium, serveSite } from './browser.ts';

// Pages of the fixture site, then pages of the 500-record dated build, whose hubs and overview are full.
const pages = [
  ['home', '/'],
  ['numbered home page', '/page/1/'],
  ['article', '/articles/000_14c0c9d93e9386f0/'],
  ['article with markup in its fields', '/articles/004_unsafe/'],
  ['keyword index', '/tags/'],
  ['keyword index by name', '/tags/by-name/'],
  ['industry index', '/industries/'],
  ['AI technology index', '/tech/'],
  ['keyword page', '/tags/大模型产业/'],
  ['numbered AI technology page', '/tech/生成式人工智能/1/'],
  ['AI technology page with its hub', '/tech/生成式人工智能/'],
  ['overview', '/insights/'],
  ['month archive index', '/archive/'],
  ['month archive', '/archive/2024/11/'],
  ['overview of the dated build', 'dated:/insights/'],
  ['industry hub of the dated build', 'dated:/industries/金融/'],
  ['month archive of the dated build', 'dated:/archive/2024/12/'],
  ['search with results and facets', '/search/?q=大模型'],
  ['not found', '/404.html'],
];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
let dated: Awaited<ReturnType<typeof serveSite>>;
beforeAll(async () => {
  [browser, server, dated] = await Promise.all([
    launchChromium(),
    serveSite(builds.root),
    serveSite(builds.dated),
  ]);
});
afterAll(async () => {
  server?.stop();
  dated?.stop();
  await browser?.close();
});

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const [origin, pagePath] = path.startsWith('dated:')
    ? [dated.origin, path.slice('dated:'.length)]
    : [server.origin, path];
  await page.goto(`${origin}${pagePath}`);
  if (path.startsWith('/search/'))
    await page.locator('[data-status]').filter({ hasText: /^找到/ }).waitFor();
  return page;
}

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (colorScheme) => {
  test.each(pages)('finds no violation on the %s page', async (_, path) => {
    const context = await browser.newContext({ colorScheme });
    const page = await open(context, path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    await context.close();
    expect(
      violations.map(
        ({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });
});

// The sizes below are measured in the faces the page is set in: a machine without a Chinese face of
// the stylesheet's stack draws Chinese in another font, with other heights.
test("sets Chinese text in a Chinese face of the site's stylesheet", async () => {
  const context = await browser.newContext();
  const page = await open(context, '/articles/000_14c0c9d93e9386f0/');
  const stack = await page.evaluate(() =>
    getComputedStyle(document.documentElement)
      .fontFamily.split(',')
      .map((family) => family.trim().replace(/^["']|["']$/g, '')),
  );
  const session = await context.newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument');
  const { nodeId } = await session.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: 'h1',
  });
  const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
  await context.close();
  const face = fonts.toSorted((a, b) => b.glyphCount - a.glyphCount)[0]?.familyName;
  expect(
    stack,
    `The title is set in ${face}, which the stylesheet does not name: install a Chinese face it names (on Debian, \`apt-get install fonts-noto-cjk\`).`,
  ).toContain(face);
});

describe.each([390, 1280])('targets at %i px wide', (width) => {
  test.each(pages)(
    'are at least 24 px square on the %s page, by axe-core and by measure',
    async (_, path) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await open(context, path);
      // axe-core's `target-size` rule (tag `wcag22aa`) also accepts a small target with room around it.
      const { violations, passes } = await new AxeBuilder({ page })
        .withTags(['wcag22aa'])
        .analyze();
      expect(
        violations.map(
          ({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      expect(passes.map(({ id }) => id)).toContain('target-size');
      // Measured, only links in record text (running text, which 2.5.8 exempts) are left out; a control's label is part of its target.
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('a, button, input, summary, select')]
          .filter(
            (element) =>
              element.checkVisibility() && !element.closest('.article-body, .key-points'),
          )
          .map(
            (element) =>
              [
                element.outerHTML.slice(0, 80),
                (element.closest('label') ?? element).getBoundingClientRect(),
              ] as const,
          )
          .filter(([, { width, height }]) => width < 24 || height < 24)
          .map(([html, { width, height }]) => `${html} ${width}×${height}`),
      );
      await context.close();
      expect(small).toEqual([]);
    },
  );
});
