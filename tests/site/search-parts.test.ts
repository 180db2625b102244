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

/** The part keys of the index files a build's log lists, rendered or restored from the last build. */
function indexFiles(log: string): { rendered: Set<string>; restored: Set<string> } {
  const rendered = new Set<string>();
  const restored = new Set<string>();
  // Lines of routes rendered at once can run together, but a restored route is written whole.
  for (const [, key, reused] of log.matchAll(
    /\/search-index\/([0-9a-f]{16})\/(?:hd|hp|bd|bp)\/\d+\.bin( \((?:restored|cached)\))?/g,
  ))
    (reused ? restored : rendered).add(key!);
  return { rendered, restored };
}

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

  test('renders only the files of the last parts after records are appended, and restores the others', () => {
    const [first = '', second = ''] = readFileSync(site.log, 'utf8').split('[build] Complete!');
    const before = indexFiles(first);
    const after = indexFiles(second);
    const keys = manifest.parts.map((part) => part.key);
    const changed = keys.filter((key) => !before.rendered.has(key));
    // Ten records appended at the end change the last part, or add one after it.
    expect(changed.length).toBeGreaterThanOrEqual(1);
    expect(changed.length).toBeLessThanOrEqual(2);
    expect(changed).toEqual(keys.slice(-changed.length));
    expect(after.rendered).toEqual(new Set(changed));
    expect(after.restored).toEqual(new Set(keys.slice(0, -changed.length)));
  });

  test("writes the grown part's files over those of the part it grew from, moved to its folder", () => {
    const first: Record<string, number> = JSON.parse(readFileSync(site.firstIndex, 'utf8'));
    const keyOf = (path: string) => path.split('/')[0]!;
    const keys = new Set(manifest.parts.map((part) => part.key));
    // The ten records appended join the last part of the first build, whose key changes.
    const [grownFrom, ...others] = new Set(
      Object.keys(first)
        .map(keyOf)
        .filter((key) => !keys.has(key)),
    );
    expect(others).toEqual([]);
    const grown = manifest.parts.at(-1)!.key;
    expect(Object.keys(first).map(keyOf)).not.toContain(grown);
    expect(existsSync(join(site.outDir, 'search-index', grownFrom!))).toBe(false);
    const moved = Object.entries(first).filter(([path]) => keyOf(path) === grownFrom);
    expect(moved.length).toBeGreaterThan(0);
    for (const [path, inode] of moved) {
      const now = join(site.outDir, 'search-index', grown, path.slice(grownFrom!.length + 1));
      expect(statSync(now).ino, path).toBe(inode);
    }
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
