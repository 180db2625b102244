import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { derivedTexts, pruneDerivedTexts } from '../../src/site/derived-texts.ts';

let cache: string;
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'news-digest-cache-'));
  vi.stubEnv('NEWS_DIGEST_CACHE', cache);
});

const root = () => join(cache, 'news-digest-derived');

const texts = (excerpt: string, summaryHtml?: string) => ({
  excerpt,
  ...(summaryHtml === undefined ? {} : { summaryHtml }),
  feedHtml: `<p>${excerpt}</p>`,
  readingUnits: excerpt.length,
});

describe('derivedTexts', () => {
  test('derives the texts once per digest, and reads them back after', () => {
    const derive = vi.fn(() => texts('华为发布新品。', '<ol><li>新品</li></ol>'));
    expect(derivedTexts('d1', derive)).toEqual(texts('华为发布新品。', '<ol><li>新品</li></ol>'));
    expect(derivedTexts('d1', () => texts('not derived again'))).toEqual(
      texts('华为发布新品。', '<ol><li>新品</li></ol>'),
    );
    expect(derivedTexts('d2', () => texts(''))).toEqual(texts(''));
    expect(derivedTexts('d2', () => texts('not derived again'))).toEqual(texts(''));
    expect(derive).toHaveBeenCalledTimes(1);
    // One folder, named by the code that derives the texts, and no partial file left behind.
    const [code, ...others] = readdirSync(root());
    expect(others).toEqual([]);
    expect(readdirSync(join(root(), code!)).sort()).toEqual(['d1.json', 'd2.json']);
  });

  test('removes the texts derived by other code, and keeps its own', () => {
    derivedTexts('d1', () => texts('新'));
    const [code] = readdirSync(root());
    mkdirSync(join(root(), 'older-code'), { recursive: true });
    writeFileSync(join(root(), 'older-code', 'd1.json'), JSON.stringify(texts('旧')));
    pruneDerivedTexts(new Set(['d1']));
    expect(readdirSync(root())).toEqual([code]);
    expect(derivedTexts('d1', () => texts('not derived again'))).toEqual(texts('新'));
  });

  test('removes the texts of records no longer published, and leaves a file still being written', () => {
    derivedTexts('d1', () => texts('留'));
    derivedTexts('d2', () => texts('删'));
    const [code] = readdirSync(root());
    const folder = join(root(), code!);
    writeFileSync(join(folder, 'd3.json.123-0'), '{');
    pruneDerivedTexts(new Set(['d1', 'd3']));
    expect(readdirSync(folder).sort()).toEqual(['d1.json', 'd3.json.123-0']);
    expect(derivedTexts('d1', () => texts('not derived again'))).toEqual(texts('留'));
  });

  test('prunes nothing before anything was derived', () => {
    pruneDerivedTexts(new Set());
    expect(existsSync(root())).toBe(false);
  });
});
