import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builds, loadPage } from './built-site.ts';

/**
 * The routes of one `astro build` log, each with whether it was copied from the last build. Astro
 * writes a route's path when it starts it and `(restored)` or `(cached)` right after when it copies
 * it, while the timing of a rendered route may come lines later, after the paths of others.
 */
function routes(log: string): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const chunk of log.split(/[├└]─ /).slice(1)) {
    const path = /^\S+?(?=\d\d:\d\d:\d\d\s|\s|$)/.exec(chunk)![0];
    found.set(path, /^\S+? \((restored|cached)\)/.test(chunk));
  }
  return found;
}

// A numbered page of a list, `/page/12/index.html` or `/tags/智能平台/3/index.html`: the path of its
// list's numbered pages, `/page/` or `/tags/智能平台/`, and its number.
function numberedPage(path: string): { list: string; number: number } | undefined {
  const match = /^(.*\/)(\d+)\/index\.html$/.exec(path);
  return match && !path.startsWith('/archive/')
    ? { list: match[1]!, number: Number(match[2]) }
    : undefined;
}

describe('a build after a day of new records', () => {
  const { appended } = builds;
  const [first = '', second = ''] = readFileSync(appended.log, 'utf8').split('[build] Complete!');
  const before = routes(first);
  const after = routes(second);
  const rendered = [...after].filter(([, restored]) => !restored).map(([path]) => path);
  // The highest page number of every list before the new records.
  const newest = new Map<string, number>();
  for (const path of before.keys()) {
    const page = numberedPage(path);
    if (page) newest.set(page.list, Math.max(page.number, newest.get(page.list) ?? 0));
  }

  test('renders the first pages and the new articles', () => {
    expect(rendered).toContain('/index.html');
    for (let index = 150; index < 157; index++)
      expect(rendered).toContain(`/articles/synthetic_000${index}/index.html`);
    const $ = loadPage(appended, '/');
    expect($('.card h3 a, .card h2 a').first().attr('href')).toBe('/articles/synthetic_000156/');
  });

  test('links a numbered page to its newer and older page and shows the pages around it newest first', () => {
    const $ = loadPage(appended, '/page/15/');
    expect($('link[rel="prev"]').attr('href')).toBe('/page/16/');
    expect($('link[rel="next"]').attr('href')).toBe('/page/14/');
    expect(
      $('.pagination-pages li')
        .map((_, li) => $(li).text().trim())
        .get(),
    ).toEqual(['最新', '…', '17', '16', '15', '14', '13', '…', '1']);
    expect($('.pagination-pages a').first().attr('href')).toBe('/');
    expect($('.pagination [aria-current="page"]').text()).toBe('15');
    expect($('.article-list > li')).toHaveLength(5);
    // The page holds the 71st to the 75th record counted from the oldest, the first of them numbered 0.
    expect($('.card h2 a').first().attr('href')).toBe('/articles/synthetic_000074/');
    expect(loadPage(appended, '/page/30/')('link[rel="prev"]').attr('href')).toBe('/');
  });

  test('copies every numbered list page but the few nearest the newest end from the last build', () => {
    expect(newest.get('/page/')).toBe(29);
    const settled = [...newest].flatMap(([list, highest]) =>
      Array.from({ length: highest }, (_, index) => index + 1)
        // The pagination bars of the four newest numbered pages reach the newest end.
        .filter((number) => number <= highest - 4)
        .map((number) => `${list}${number}/index.html`),
    );
    expect(settled.length).toBeGreaterThan(50);
    expect(settled.filter((path) => after.get(path) !== true)).toEqual([]);
  });

  test('renders a numbered list page only where the list grew by a page', () => {
    const renderedNumbered = rendered.flatMap((path) => {
      const page = numberedPage(path);
      return page ? [{ path, ...page }] : [];
    });
    const grown = (list: string) =>
      [...after.keys()].some((path) => {
        const page = numberedPage(path);
        return page?.list === list && page.number > (newest.get(list) ?? 0);
      });
    expect(renderedNumbered.filter(({ list }) => !grown(list))).toEqual([]);
    // The home list grew from 29 numbered pages to 30: page 30 is new, and the bars of the four
    // before it now reach it.
    expect(
      new Set(rendered.filter((path) => path === '/index.html' || path.startsWith('/page/'))),
    ).toEqual(
      new Set([
        '/index.html',
        ...[30, 29, 28, 27, 26].map((number) => `/page/${number}/index.html`),
      ]),
    );
  });
});
