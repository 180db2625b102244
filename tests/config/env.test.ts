import { describe, expect, test } from 'vitest';
import { readEnvOverrides } from '../../src/config/env.ts';

describe('readEnvOverrides', () => {
  test('overrides nothing when no variable is set or a variable is empty', () => {
    const defaults = {};
    expect(readEnvOverrides({})).toEqual(defaults);
    expect(
      readEnvOverrides({
        SEEDS_DIR: '',
        SITE_URL: '',
        BASE_PATH: '',
        SEEDS_ON_ERROR: '',
        PAGE_SIZE: '',
        RENDER_THREADS: '',
      }),
    ).toEqual(defaults);
  });

  test('reads every variable', () => {
    const env = {
      SEEDS_DIR: '/data/seeds',
      SITE_URL: 'https://news.example.com',
      BASE_PATH: '/news/',
      SEEDS_ON_ERROR: 'skip',
      PAGE_SIZE: '50',
      RENDER_THREADS: '1',
    };
    expect(readEnvOverrides(env)).toEqual({
      seedsDir: '/data/seeds',
      site: 'https://news.example.com',
      base: '/news/',
      onError: 'skip',
      pageSize: 50,
      renderThreads: 1,
    });
  });

  test.each([
    ['news', '/news/'],
    ['/news', '/news/'],
    ['news/', '/news/'],
    ['//a//b//', '/a/b/'],
    ['///', '/'],
  ])('writes BASE_PATH %j with one leading and one trailing slash: %j', (value, base) => {
    expect(readEnvOverrides({ BASE_PATH: value }).base).toBe(base);
  });

  const siteUrl =
    'is not an absolute http: or https: URL, so canonical links, feeds and the sitemap cannot point at the site. Set it to the public origin of the site, for example `SITE_URL=https://news.example.com`.';
  const pageSize =
    'is not a whole number from 1 to 500, so the article lists cannot be cut into pages. Set it to the number of articles a page, for example `PAGE_SIZE=20`.';
  const renderThreads =
    'is not a whole number from 1 to 64, so it is unclear how many threads render pages. Set it to the number of threads, for example `RENDER_THREADS=2`, or `RENDER_THREADS=1` to render on the main thread alone.';

  test.each([
    ['SITE_URL', 'news.example.com', siteUrl],
    ['SITE_URL', 'ftp://news.example.com', siteUrl],
    [
      'SEEDS_ON_ERROR',
      'ignore',
      'is neither `fail` nor `skip`, so it is unclear what a bad record should do to the build. Set it to `fail` or `skip`, for example `SEEDS_ON_ERROR=skip`.',
    ],
    ['PAGE_SIZE', 'many', pageSize],
    ['PAGE_SIZE', '0', pageSize],
    ['PAGE_SIZE', '501', pageSize],
    ['PAGE_SIZE', '0.5', pageSize],
    ['RENDER_THREADS', '0', renderThreads],
    ['RENDER_THREADS', 'two', renderThreads],
    ['RENDER_THREADS', '1.5', renderThreads],
  ])('refuses %s=%s, naming the variable and its value, then the fix', (name, value, message) => {
    expect(() => readEnvOverrides({ [name]: value })).toThrow(
      new Error(`\`${name}=${value}\` ${message}`),
    );
  });

  test('reports every bad variable at once, one a line', () => {
    expect(() => readEnvOverrides({ SITE_URL: 'x', SEEDS_ON_ERROR: 'x', PAGE_SIZE: 'x' })).toThrow(
      /^`SITE_URL=x` .*\n`SEEDS_ON_ERROR=x` .*\n`PAGE_SIZE=x` .*$/,
    );
  });
});
