import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builds, fileFor } from './built-site.ts';

describe('a build with SEEDS_ON_ERROR=skip over a mixed folder', () => {
  const { mixed } = builds;
  const log = () => readFileSync(mixed.log, 'utf8');

  test('publishes a page for every valid record', () => {
    for (const id of ['ok-1', 'ok-2', 'ok-3']) expect(fileFor(mixed, `/articles/${id}/`), id).toBeDefined();
  });

  test('publishes no page for an invalid or duplicate record', () => {
    const pages = readdirSync(join(mixed.outDir, 'articles'));
    expect(pages.sort()).toEqual(['ok-1', 'ok-2', 'ok-3']);
  });

  test('names each invalid file, the duplicate and the dropped term in the build output', () => {
    expect(log()).toContain('tests/fixtures/mixed/bad-title.txt:1:1 The record has no title.');
    expect(log()).toContain('tests/fixtures/mixed/bad-link.txt:2:5 The link `javascript:alert(1)`');
    expect(log()).toContain('tests/fixtures/mixed/ok-1-copy.txt:1:1 The source link `https://example.com/mixed/1` is already published by `ok-1.txt`');
    expect(log()).toContain('tests/fixtures/mixed/nested/ok-3.txt:3:6 The item `—` of `关键词` has no letter or digit');
  });

  test('counts every file of the folder once', () => {
    expect(log()).toContain('6 record files: 3 published, 2 skipped with errors, 1 duplicates; 3 other files ignored.');
  });
});

describe('two builds of the same seeds', () => {
  test('write byte-identical output', () => {
    const { root, again } = builds;
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
        .sort();
    expect(files(again.outDir)).toEqual(files(root.outDir));
    const different = files(root.outDir).filter((file) => !readFileSync(join(root.outDir, file)).equals(readFileSync(join(again.outDir, file))));
    expect(different).toEqual([]);
  });
});
