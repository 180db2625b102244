import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builds } from '../site/built-site.ts';
import { launchChromium, serveSite } from './browser.ts';
import { readResults } from './search-page.ts';

const site = builds.english;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
let page: Page;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveSite(site)]);
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

describe('search on the English fixture site', () => {
  const search = (query: string) =>
    readResults(page, `${server.origin}/search/?q=${encodeURIComponent(query)}`);

  test.each([
    // Each query is a form of a word that no article contains as written.
    ['university', 'Chip designer opens a new research centre'],
    ['picked', 'Warehouse robots learn to pick unfamiliar items'],
    ['modeling', 'Open model makers ship smaller language models'],
  ])('finds %s by its stem, in English', async (query, title) => {
    const { status, titles } = await search(query);
    expect(titles).toEqual([title]);
    expect(status).toBe(`Found 1 article containing “${query}”.`);
  });

  test('finds every article that holds all the words, and says so in English', async () => {
    expect((await search('companies')).titles.sort()).toEqual([
      'Chip designer opens a new research centre',
      'Open model makers ship smaller language models',
      'Warehouse robots learn to pick unfamiliar items',
    ]);
    expect(await search('chip engineers')).toMatchObject({
      status: 'Found 1 article containing “chip engineers”.',
    });
    expect(await search('quantum')).toMatchObject({
      status: 'No articles found containing “quantum”.',
      titles: [],
    });
  });

  test('labels the filters and the sort order in English', async () => {
    await search('model');
    expect(await page.locator('[data-facets] legend').allTextContents()).toEqual([
      'AI technologies',
      'Industries',
      'Keywords',
    ]);
    expect(await page.locator('[data-sort] label').allTextContents()).toEqual([
      ' Relevance',
      ' Newest',
    ]);
  });
});
