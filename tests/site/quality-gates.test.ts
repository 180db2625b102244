import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import * as cheerio from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { fileFor, htmlFiles, sites } from './built-site.ts';

// `long-title` measures the escaped source (`&lt;script&gt;…`), not the text a reader sees;
// the length of the text is checked below instead.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off' },
});

describe.each(sites)('quality gates on the $name fixture build', (site) => {
  test('html-validate finds no error on any page', async () => {
    const errors: string[] = [];
    for (const file of htmlFiles(site)) {
      const report = await validator.validateString(
        readFileSync(join(site.outDir, file), 'utf8'),
        file,
      );
      for (const { messages } of report.results)
        for (const message of messages)
          errors.push(`${file}:${message.line} ${message.ruleId} ${message.message}`);
    }
    expect(errors).toEqual([]);
  });

  test('keeps every page title within 70 characters', () => {
    for (const file of htmlFiles(site)) {
      expect(
        cheerio
          .load(readFileSync(join(site.outDir, file), 'utf8'))('head > title')
          .text().length,
        file,
      ).toBeLessThanOrEqual(70);
    }
  });

  test('resolves every article link of every feed', () => {
    const feeds = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('rss.xml'),
    );
    expect(feeds.length).toBeGreaterThan(1);
    for (const feed of feeds) {
      for (const item of parseFeed(readFileSync(join(site.outDir, feed), 'utf8')).items) {
        expect(fileFor(site, new URL(item.url!).pathname), `${feed} → ${item.url}`).toBeDefined();
      }
    }
  });

  test('gives every item of every feed a description without scripts, images, links or attributes', () => {
    const feeds = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('rss.xml'),
    );
    for (const feed of feeds) {
      const xml = readFileSync(join(site.outDir, feed), 'utf8');
      const $feed = cheerio.load(xml, { xml: true });
      // The XML text of each description, as a reader renders it, and once more decoded, as feed-parser gives it.
      const descriptions = [
        ...$feed('item > description')
          .map((_, element) => $feed(element).text())
          .get(),
        ...parseFeed(xml).items.map((item) => item.description ?? ''),
      ];
      for (const html of descriptions) {
        const $ = cheerio.load(html, null, false);
        const live = $('*').filter(
          (_, element) =>
            'attribs' in element &&
            (['script', 'img', 'iframe', 'a'].includes(element.tagName) ||
              Object.keys(element.attribs).length > 0),
        );
        expect(
          live.toArray().map((element) => $.html(element)),
          feed,
        ).toEqual([]);
      }
    }
  });

  test('serves the seed article in under 40 KB of HTML and CSS', () => {
    const file = fileFor(site, `${site.base}articles/000_14c0c9d93e9386f0/`)!;
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    const css = $('link[rel="stylesheet"]')
      .map((_, link) => statSync(fileFor(site, $(link).attr('href')!)!).size)
      .get();
    expect(css).toHaveLength(1);
    expect(statSync(file).size + css[0]!).toBeLessThan(40 * 1024);
  });
});
