import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builds, differingFiles, fileFor, loadPage, routes } from './built-site.ts';

describe('a build with SEEDS_ON_ERROR=skip over a mixed folder', () => {
  const { mixed } = builds;
  const log = () => readFileSync(mixed.log, 'utf8');

  test('publishes a page for every valid record', () => {
    for (const id of ['ok-1', 'ok-2', 'ok-3'])
      expect(fileFor(mixed, `/articles/${id}/`), id).toBeDefined();
  });

  test('publishes no page for an invalid or duplicate record', () => {
    const pages = readdirSync(join(mixed.outDir, 'articles'));
    expect(pages.sort()).toEqual(['ok-1', 'ok-2', 'ok-3']);
  });

  test('names each invalid file, the duplicate and the dropped term in the build output', () => {
    expect(log()).toContain('tests/fixtures/mixed/bad-title.txt:1:1 The record has no title.');
    expect(log()).toContain('tests/fixtures/mixed/bad-link.txt:2:5 The link `javascript:alert(1)`');
    expect(log()).toContain(
      'tests/fixtures/mixed/ok-1-copy.txt:1:1 The source link `https://example.com/mixed/1` is already published by `ok-1.txt`',
    );
    expect(log()).toContain(
      'tests/fixtures/mixed/nested/ok-3.txt:3:6 The item `—` of `关键词` has no letter or digit',
    );
    expect(log()).toContain(
      'tests/fixtures/mixed/yaml-bomb.md:3:56 The front matter nests lists or mappings more than 10 levels deep',
    );
  });

  test('publishes the pages and feed of a term too long for a file name under a segment of at most 100 bytes', () => {
    const $ = loadPage(mixed, '/articles/ok-2/');
    const links = $('a[href^="/tags/"], a[href^="/industries/"]')
      .map((_, link) => $(link).attr('href')!)
      .get()
      .filter((href) => $(`a[href="${href}"]`).text().length > 100);
    expect(new Set(links).size).toBe(2);
    for (const href of links) {
      expect(Buffer.byteLength(href.split('/')[2] ?? ''), href).toBeLessThanOrEqual(100);
      expect(fileFor(mixed, href), href).toBeDefined();
    }
    expect(
      fileFor(mixed, `${links.find((href) => href.startsWith('/industries/'))}rss.xml`),
    ).toBeDefined();
  });

  test('counts every file of the folder once', () => {
    expect(log()).toContain(
      '7 record files: 3 published, 3 skipped with errors, 1 duplicates; 3 other files ignored.',
    );
  });
});

describe('builds of the same seeds', () => {
  const { root, again, grown, defaults } = builds;
  test('a full build on three threads writes, byte for byte, what a full build on one thread writes', () => {
    expect(differingFiles(again.outDir, root.outDir)).toEqual([]);
    const [, onWorkers = '0', pages = '0'] =
      /(\d+) of (\d+) routes rendered on 2 worker threads\./.exec(readFileSync(root.log, 'utf8')) ??
      [];
    expect(Number(onWorkers)).toBeGreaterThan(0);
    expect(Number(onWorkers)).toBeLessThan(Number(pages));
    expect(readFileSync(again.log, 'utf8')).not.toMatch(/rendered on \d+ worker thread/);
  });

  test('the integration given no options builds what the defaults written out in astro.config.ts build', () => {
    expect(differingFiles(root.outDir, defaults.outDir)).toEqual([]);
  });

  test('a build that reuses the last one, after a record is added, writes what a full build writes', () => {
    expect(differingFiles(root.outDir, grown.outDir)).toEqual([]);
    const [, second = ''] = readFileSync(grown.log, 'utf8').split('[build] Complete!');
    const reused = [...routes(second)].filter(([, kept]) => kept).map(([route]) => route);
    expect(reused.length).toBeGreaterThan(0);
    expect(reused.join('\n')).not.toContain('003_chip');
    // The search documents of the articles already there are kept from the last build too.
    expect(reused.join('\n')).toMatch(/search-index\/docs\/\d+\.bin/);
  });
});
