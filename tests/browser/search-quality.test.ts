import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builds } from '../site/built-site.ts';
import { launchChromium, serveSite } from './browser.ts';
import { readResults } from './search-page.ts';

// Queries against the fixture corpus and the articles each must return (those containing the words).
const table: [string, string[]][] = [
  ['科大讯飞', ['s01', 's02', 's03']],
  ['深度求索', ['s04', 's05']],
  ['字节跳动', ['s06', 's07']],
  ['天融信', ['s15']],
  ['寒武纪', ['s16', 's17']],
  ['英伟达', ['s23', 's24']],
  ['宁德时代', ['s20']],
  ['百度', ['s08', 's09']],
  ['华为', ['s10', 's11']],
  ['芯片', ['s10', 's16', 's17', 's23', 's24', 's31']],
  ['医疗', ['s02', 's26']],
  ['教育', ['s01']],
  ['开源', ['s04', 's12']],
  ['机器人', ['s03', 's18', 's28']],
  ['具身智能', ['s03', 's18']],
  ['自动驾驶', ['s09', 's19', 's29', 's32']],
  ['智能制造', ['s20', 's30']],
  ['金融科技', ['s27']],
  ['A股', ['s16', 's32']],
  ['AIGC', ['s06', 's14']],
  ['GPU', ['s23', 's24']],
  ['大模型', ['s01', 's02', 's07', 's08', 's11', 's12', 's15', 's22', 's27']],
  ['"深度求索"', ['s04', 's05']],
  ['“具身智能”', ['s03', 's18']],
  ['科大讯飞 教育', ['s01']],
  ['华为 芯片', ['s10']],
  ['百度 自动驾驶', ['s09']],
  ['寒武纪 A股', ['s16']],
];

let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveSite>>;
const figures: string[] = [];
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveSite(builds.search)]);
  page = await browser.newPage();
});
afterAll(async () => {
  console.log(['query | expected | found | first-page precision', ...figures].join('\n'));
  server?.stop();
  await browser?.close();
});

describe('search quality on the fixture corpus, through the search page', () => {
  test.each(table.map(([query, expected]) => ({ query, expected })))('$query finds every expected article, with at least 0.9 precision on the first page', async ({ query, expected }) => {
    const { hrefs } = await readResults(page, `${server.origin}/search/?q=${encodeURIComponent(query)}`);
    const ids = hrefs.map((href) => href.split('/').at(-2)!);
    const firstPage = ids.slice(0, 10);
    const precision = firstPage.filter((id) => expected.includes(id)).length / firstPage.length;
    const found = expected.filter((id) => ids.includes(id)).length;
    figures.push(`${query} | ${expected.length} | ${found} | ${precision.toFixed(2)}`);
    expect(ids).toEqual(expect.arrayContaining(expected));
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
