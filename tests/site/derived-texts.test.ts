import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { derivedText, pruneDerivedTexts } from '../../src/site/derived-texts.ts';

let cache: string;
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'news-digest-cache-'));
  vi.stubEnv('NEWS_DIGEST_CACHE', cache);
});

const root = () => join(cache, 'news-digest-derived');

describe('derivedText', () => {
  test('derives a text once per digest and kind, and reads it back after', () => {
    const derive = vi.fn(() => '华为发布新品。');
    expect(derivedText('excerpt', 'd1', derive)).toBe('华为发布新品。');
    expect(derivedText('excerpt', 'd1', () => 'not derived again')).toBe('华为发布新品。');
    expect(derivedText('feed', 'd1', () => '<p>新品</p>')).toBe('<p>新品</p>');
    expect(derivedText('excerpt', 'd2', () => '')).toBe('');
    expect(derivedText('excerpt', 'd2', () => 'not derived again')).toBe('');
    expect(derive).toHaveBeenCalledTimes(1);
    // One folder, named by the code that derives the texts, and no partial file left behind.
    const [code, ...others] = readdirSync(root());
    expect(others).toEqual([]);
    expect(readdirSync(join(root(), code!, 'excerpt')).sort()).toEqual(['d1.txt', 'd2.txt']);
  });

  test('removes the texts derived by other code, and keeps its own', () => {
    derivedText('excerpt', 'd1', () => '新');
    const [code] = readdirSync(root());
    mkdirSync(join(root(), 'older-code', 'excerpt'), { recursive: true });
    writeFileSync(join(root(), 'older-code', 'excerpt', 'd1.txt'), '旧');
    pruneDerivedTexts();
    expect(readdirSync(root())).toEqual([code]);
    expect(derivedText('excerpt', 'd1', () => 'not derived again')).toBe('新');
  });

  test('prunes nothing before anything was derived', () => {
    pruneDerivedTexts();
    expect(existsSync(root())).toBe(false);
  });
});
