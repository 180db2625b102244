import type { PathWithRoute } from 'astro';
import { describe, expect, test } from 'vitest';
import { spreadRoutes } from '../../src/build/render-threads.ts';

// Pages of a route, as Astro lists them: the route's file and each page's path.
const pages = (component: string, paths: string[]) =>
  paths.map((pathname) => ({ pathname, route: { component } }) as PathWithRoute);
const order = (paths: PathWithRoute[]) => spreadRoutes(paths).map(({ pathname }) => pathname);

describe('spreadRoutes', () => {
  test("spreads each route's pages evenly over the build, each route in its own order", () => {
    const articles = pages('src/pages/articles/[id].astro', ['/a1', '/a2', '/a3', '/a4']);
    const terms = pages('src/pages/[kind]/[term]/[...page].astro', ['/t1', '/t2']);
    expect(order([...articles, ...terms])).toEqual(['/a1', '/t1', '/a2', '/a3', '/t2', '/a4']);
  });

  test("spreads the search index's files over the second half, between pages, whatever Astro's order", () => {
    const facets = pages('src/pages/search-index/facets/[filter].bin.ts', [
      '/s1',
      '/s2',
      '/s3',
      '/s4',
    ]);
    const docs = pages('src/pages/search-index/docs/[number].bin.ts', ['/d1', '/d2', '/d3', '/d4']);
    const home = pages('src/pages/[...page].astro', ['/', '/page/1', '/page/2', '/page/3']);
    expect(order([...facets, ...docs, ...home])).toEqual([
      '/d1',
      '/',
      '/d2',
      '/page/1',
      '/s1',
      '/d3',
      '/page/2',
      '/s2',
      '/s3',
      '/d4',
      '/page/3',
      '/s4',
    ]);
  });

  test('keeps a page whose path an earlier route gave after that one, so Astro settles the clash as before', () => {
    const lists = pages('src/pages/[kind]/[...order].astro', ['/tags', '/tags/by-name']);
    const terms = pages('src/pages/[kind]/[term]/[...page].astro', ['/tags/by-name/', '/tags/x']);
    const spread = spreadRoutes([...lists, ...terms]);
    expect(spread.map(({ pathname }) => pathname)).toEqual([
      '/tags',
      '/tags/by-name',
      '/tags/x',
      '/tags/by-name/',
    ]);
    expect(spread.at(-1)!.route.component).toBe('src/pages/[kind]/[term]/[...page].astro');
  });

  test('loses and repeats no page', () => {
    const all = [
      ...pages('a', ['/1', '/2', '/3']),
      ...pages('src/pages/search-index/manifest.bin.ts', ['/4']),
      ...pages('b', ['/5', '/1']),
    ];
    expect(spreadRoutes(all)).toHaveLength(all.length);
    expect(new Set(spreadRoutes(all))).toEqual(new Set(all));
  });
});
