import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareIds } from '../../src/normalize/compare-ids.ts';
import { builds, loadPage, routes } from './built-site.ts';

// A numbered page of a list, `/page/12/index.html` or `/tags/智能平台/3/index.html`: the path of its
// list's numbered pages, `/page/` or `/tags/智能平台/`, and its number.
function numberedPage(path: string): { list: string; number: number } | undefined {
  const match = /^(.*\/)(\d+)\/index\.html$/.exec(path);
  return match && !path.startsWith('/archive/')
    ? { list: match[1]!, number: Number(match[2]) }
    : undefined;
}

// The undated build is built twice: without its last ten generated records, then with them.
describe('the undated build after a day of new records', () => {
  const { undated } = builds;
  const path = (rest = '') => `${undated.base}${rest}`;
  const [first = '', second = ''] = readFileSync(undated.log, 'utf8').split('[build] Complete!');
  const before = routes(first);
  const after = routes(second);
  const rendered = [...after].filter(([, restored]) => !restored).map(([route]) => route);
  // The highest page number of every list before the new records.
  const newest = new Map<string, number>();
  for (const route of before.keys()) {
    const page = numberedPage(route);
    if (page) newest.set(page.list, Math.max(page.number, newest.get(page.list) ?? 0));
  }

  test('renders the first page and the new articles', () => {
    expect(rendered).toContain('/index.html');
    for (let index = 490; index < 500; index++)
      expect(rendered).toContain(`/articles/synthetic_000${index}/index.html`);
  });

  test('numbers the home pages from the oldest article, newest first within a page', () => {
    const ids = readdirSync(undated.env.SEEDS_DIR, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.txt'))
      .map((file) => basename(file, '.txt'))
      .sort(compareIds);
    const $ = loadPage(undated, path('page/12/'));
    expect(
      $('.card h2 a')
        .map((_, a) => $(a).attr('href')!.split('/').at(-2))
        .get(),
    ).toEqual(ids.slice(11 * 20, 12 * 20).reverse());
    const home = loadPage(undated, path());
    expect(home('.card h2')).toHaveLength(ids.length - 26 * 20);
  });

  test('links a numbered page to its newer and older page and shows the pages around it newest first', () => {
    const $ = loadPage(undated, path('page/12/'));
    expect($('link[rel="prev"]').attr('href')).toBe(path('page/13/'));
    expect($('link[rel="next"]').attr('href')).toBe(path('page/11/'));
    expect(
      $('.pagination-pages li')
        .map((_, li) => $(li).text().trim())
        .get(),
    ).toEqual(['最新', '…', '14', '13', '12', '11', '10', '…', '1']);
    expect($('.pagination-pages a').first().attr('href')).toBe(path());
    expect($('.pagination [aria-current="page"]').text()).toBe('12');
    expect(loadPage(undated, path('page/26/'))('link[rel="prev"]').attr('href')).toBe(path());
  });

  test('copies every numbered list page but the few nearest the newest end from the last build', () => {
    // The ten records complete a page of the home list.
    expect([newest.get('/page/'), after.has('/page/26/index.html')]).toEqual([25, true]);
    const settled = [...newest].flatMap(([list, highest]) =>
      Array.from({ length: highest }, (_, index) => index + 1)
        // The pagination bars of the four newest numbered pages reach the newest end.
        .filter((number) => number <= highest - 4)
        .map((number) => `${list}${number}/index.html`),
    );
    expect(settled.length).toBeGreaterThan(20);
    expect(settled.filter((route) => after.get(route) !== true)).toEqual([]);
  });

  test('renders a numbered list page only where the list grew by a page', () => {
    const renderedNumbered = rendered.flatMap((route) => {
      const page = numberedPage(route);
      return page ? [{ route, ...page }] : [];
    });
    const grown = (list: string) =>
      [...after.keys()].some((route) => {
        const page = numberedPage(route);
        return page?.list === list && page.number > (newest.get(list) ?? 0);
      });
    expect(renderedNumbered.filter(({ list }) => !grown(list))).toEqual([]);
    // The home list grew from 25 numbered pages to 26: page 26 is new, and the bars of the four
    // before it now reach it.
    expect(
      new Set(rendered.filter((route) => route === '/index.html' || route.startsWith('/page/'))),
    ).toEqual(
      new Set([
        '/index.html',
        ...[26, 25, 24, 23, 22].map((number) => `/page/${number}/index.html`),
      ]),
    );
  });
});
