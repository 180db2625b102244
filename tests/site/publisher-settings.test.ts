import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-cn.ts';
import type { SearchManifest } from '../../src/search/search-document.ts';
import { projectConfig } from '../global-setup.ts';
import { builds, htmlFiles, loadPage } from './built-site.ts';

const site = builds.english;
const title = '开源情报周刊';
// Chinese characters and full-width punctuation: none may be left in the English interface.
const chinese = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u;

// Every file of the build, by path, with its text (search files decompressed).
const files = readdirSync(site.outDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => {
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    return { path, text: (path.endsWith('.bin') ? gunzipSync(bytes) : bytes).toString('utf8') };
  });

describe('the fixture build with only `title` and `lang` changed in astro.config.ts', () => {
  test('carries the new name on every page and feed, and no trace of the old one', () => {
    for (const file of htmlFiles(site)) {
      const $ = cheerio.load(readFileSync(join(site.outDir, file), 'utf8'));
      expect($('title').text(), file).toContain(title);
      expect($('.site-name').text(), file).toBe(title);
      expect($('meta[property="og:site_name"]').attr('content'), file).toBe(title);
    }
    const feed = cheerio.load(readFileSync(join(site.outDir, 'rss.xml'), 'utf8'), { xml: true });
    expect(feed('channel > title').text()).toBe(title);
    for (const { path, text } of files) expect(text, path).not.toContain('AI 行业新闻摘要');
  });

  test('declares English in <html lang>, Open Graph, JSON-LD and the feeds', () => {
    for (const file of htmlFiles(site)) {
      const $ = cheerio.load(readFileSync(join(site.outDir, file), 'utf8'));
      expect($('html').attr('lang'), file).toBe('en');
      expect($('meta[property="og:locale"]').attr('content'), file).toBe('en_US');
    }
    const $ = loadPage(site, '/articles/001_models/');
    expect(JSON.parse($('script[type="application/ld+json"]').text())).toMatchObject({
      inLanguage: 'en',
    });
    for (const { path, text } of files.filter(({ path }) => path.endsWith('rss.xml')))
      expect(text, path).toContain('<language>en</language>');
  });

  test('leaves no Chinese interface text in any page, feed or search file, only the name', () => {
    for (const { path, text } of files.filter(({ path }) => !path.endsWith('.js'))) {
      const found = text.replaceAll(title, '').match(chinese);
      const at = found ? text.indexOf(found[0]) : 0;
      expect(found && text.slice(at - 60, at + 20), path).toBeNull();
    }
  });

  test('sends the browser the English dictionary alone', () => {
    const scripts = files.filter(({ path }) => path.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    // Strings with Chinese words: code may hold Chinese punctuation (`、`) in its patterns.
    const chineseStrings = Object.values(zhCN).filter(
      (value): value is string => typeof value === 'string' && /\p{Script=Han}/u.test(value),
    );
    for (const { path, text } of scripts) {
      expect(text, path).toContain(en.searchPrompt);
      expect(text, path).not.toContain('en-seeds');
      for (const string of chineseStrings) expect(text, path).not.toContain(string);
    }
  });

  test('shows dates, counts and reading time the English way', () => {
    const $ = loadPage(site, '/articles/001_models/');
    expect($('.article-meta time').text()).toBe('November 5, 2024');
    expect($('.article-meta').text()).toContain('1 min read');
    expect(loadPage(site, '/industries/logistics/')('.lead').text()).toContain('1 article');
    expect(loadPage(site, '/tags/')('.lead').text()).toBe('7 terms in all.');
    const manifest = JSON.parse(
      files.find(({ path }) => path.endsWith('manifest.bin'))!.text,
    ) as SearchManifest;
    expect(manifest.facets.map(({ name }) => name)).toEqual([
      'Keywords',
      'Industries',
      'AI technologies',
    ]);
  });
});

describe('a mistake in the options of astro.config.ts', () => {
  test.each([
    [
      'a misspelt option',
      projectConfig({ title: 'x' }).replace('title: "x"', 'titel: "x"'),
      ['`titel` is not an option', 'Did you mean `title`?'],
    ],
    [
      'a logo that does not exist',
      projectConfig({ logo: { src: './public/no-such-logo.svg', alt: '' } }),
      ['`logo.src`: there is no file `./public/no-such-logo.svg`'],
    ],
  ])(
    'fails the build on %s, naming the option, without a stack trace',
    async (_, text, expected) => {
      const config = join(site.outDir, '..', 'mistaken.config.ts');
      writeFileSync(config, text);
      const output = await promisify(execFile)(
        'node_modules/.bin/astro',
        [
          'build',
          '--config',
          relative(process.cwd(), config),
          '--outDir',
          join(site.outDir, '..', 'mistaken'),
        ],
        { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } },
      ).then(
        () => 'the build succeeded',
        (error: { stdout: string; stderr: string }) => error.stdout + error.stderr,
      );
      for (const part of expected) expect(output).toContain(part);
      expect(output).not.toMatch(/^\s+at /m);
    },
  );
});

describe('the fixture build with a logo and a link of the publisher in astro.config.ts', () => {
  test('shows the logo from public/ and the link in the navigation before the overview, under the base path', () => {
    const $ = loadPage(builds.news, '/news/');
    expect($('.site-name img').attr('src')).toBe('/news/favicon.svg');
    expect($('.site-name img').attr('alt')).toBe('');
    expect(
      $('.site-nav a')
        .map((_, a) => `${$(a).text()} ${$(a).attr('href')}`)
        .get(),
    ).toEqual([
      '关键词 /news/tags/',
      '行业 /news/industries/',
      'AI 技术 /news/tech/',
      '搜索页 /news/search/',
      '洞察 /news/insights/',
    ]);
  });
});
