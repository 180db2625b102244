import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { readSeeds } from '../../src/records/read-seeds.ts';
import { parseQuery } from '../../src/search/query.ts';
import type { SearchManifest } from '../../src/search/search-document.ts';
import { matchWord } from '../../src/search/text-search.ts';
import type { ArticleEntry } from '../../src/site/article-entries.ts';
import { sampleQueries, truthFor } from '../search/sample-queries.ts';
import { builds } from './built-site.ts';

// The undated corpus is indexed in parts of at most 120 articles; its last ten records were added
// by a second build, which reused the first.
const site = builds.undated;
const read = (path: string) => gunzipSync(readFileSync(join(site.outDir, 'search-index', path)));
const manifest: SearchManifest = JSON.parse(read('manifest.bin').toString('utf8'));

describe('the search index in parts', () => {
  test('cuts the articles, oldest first, into consecutive parts of at most the configured size', () => {
    expect(manifest.parts.length).toBeGreaterThanOrEqual(4);
    let next = 0;
    for (const part of manifest.parts) {
      expect(part.first).toBe(next);
      expect(part.documents).toBeLessThanOrEqual(120);
      next += part.documents;
    }
    expect(next).toBe(manifest.documents);
  });

  test("writes the parts' files itself, outside Astro's routes, which list none of them", () => {
    const log = readFileSync(site.log, 'utf8');
    expect(log).toMatch(/\/search-index\/docs\/\d+\.bin/);
    expect(log).not.toMatch(/\/search-index\/[0-9a-f]{16}\//);
  });

  test('builds only the last parts after records are appended, and keeps the files of the others', () => {
    const first: Record<string, number> = JSON.parse(readFileSync(site.firstIndex, 'utf8'));
    const keyOf = (path: string) => path.split('/')[0]!;
    const firstKeys = new Set(Object.keys(first).map(keyOf));
    const keys = manifest.parts.map((part) => part.key);
    const changed = keys.filter((key) => !firstKeys.has(key));
    // Ten records appended at the end change the last part, or add one after it.
    expect(changed.length).toBeGreaterThanOrEqual(1);
    expect(changed.length).toBeLessThanOrEqual(2);
    expect(changed).toEqual(keys.slice(-changed.length));
    // The other parts' files are where the first build put them, neither written again nor copied.
    const kept = Object.entries(first).filter(([path]) => keys.includes(keyOf(path)));
    expect(new Set(kept.map(([path]) => keyOf(path)))).toEqual(
      new Set(keys.slice(0, -changed.length)),
    );
    for (const [path, inode] of kept)
      expect(statSync(join(site.outDir, 'search-index', path)).ino, path).toBe(inode);
    // The part that grew is gone with its old key.
    for (const key of firstKeys)
      expect(existsSync(join(site.outDir, 'search-index', key)), key).toBe(keys.includes(key));
  });

  test('finds exactly the articles containing every word of sampled queries, across all parts', async () => {
    const truth = truthFor((await readSeeds(site.env.SEEDS_DIR)).published);
    const oldestFirst = (
      JSON.parse(readFileSync(join(site.outDir, 'articles.json'), 'utf8')) as ArticleEntry[]
    )
      .map((entry) => new URL(entry.url).pathname.split('/').at(-2)!)
      .reverse();
    for (const { query } of sampleQueries(truth)) {
      const words = await Promise.all(
        parseQuery(query).map(({ text }) =>
          matchWord(text, manifest.parts, async (part, family, shard) =>
            read(`${part.key}/${family}/${shard}.bin`),
          ),
        ),
      );
      const found = words
        .map(({ head, body }) => new Set([...head, ...body]))
        .reduce((all, next) => new Set([...all].filter((doc) => next.has(doc))));
      expect(new Set([...found].map((doc) => oldestFirst[doc])), query).toEqual(
        truth.matching(query),
      );
    }
  });
});
