import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/markdown/clean-text.ts';
import { readingMinutes, readingUnits } from '../../src/markdown/reading-time.ts';
import { renderArticleText, renderMarkdown } from '../../src/markdown/render-markdown.ts';
import { structureText } from '../../src/markdown/structure-text.ts';
import { parseTextRecord } from '../../src/records/parse-text-record.ts';

describe('renderMarkdown', () => {
  test('renders a lead and a numbered list', () => {
    expect(renderMarkdown('以下是重大事件：\n\n1. 甲\n2. 乙')).toBe(
      '<p>以下是重大事件：</p>\n<ol>\n<li>甲</li>\n<li>乙</li>\n</ol>',
    );
  });

  test.each([
    ['<script>alert(1)</script>', '<script'],
    ['<img src=x onerror=alert(1)>', 'onerror'],
    ['<iframe src="https://evil.example"></iframe>', '<iframe'],
    ['[x](javascript:alert(1))', 'javascript:'],
    ['[x](/admin)', 'href="/admin"'],
    ['![x](https://tracker.example/p.gif)', '<img'],
  ])('makes %j harmless', (markdown, forbidden) => {
    expect(renderMarkdown(markdown)).not.toContain(forbidden);
  });

  test('marks outbound links noopener, noreferrer and nofollow', () => {
    expect(renderMarkdown('[来源](https://example.com/a)')).toBe(
      '<p><a href="https://example.com/a" rel="noopener noreferrer nofollow">来源</a></p>',
    );
  });
});

describe('renderArticleText', () => {
  test('cleans, structures and renders scraped text', () => {
    expect(renderArticleText('前文。要点回顾要点回顾正文。举报/反馈')).toBe(
      '<p>前文。</p>\n<h2>要点回顾</h2>\n<p>正文。</p>',
    );
  });

  test('renders scraped text as the records hold it as the parser and pipeline do', () => {
    const folder = new URL('../fixtures/records/valid/', import.meta.url);
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt'))) {
      const { text } = parseTextRecord(readFileSync(new URL(name, folder), 'utf8'), name).record!;
      if (text)
        expect(renderArticleText(text)).toBe(renderMarkdown(structureText(cleanText(text))));
    }
  });
});

describe('readingMinutes', () => {
  test.each([
    ['字'.repeat(100), 1],
    ['字'.repeat(2000), 5],
    [`${'字'.repeat(380)} ${'word '.repeat(20)}`, 1],
    ['', 1],
  ])('counts Chinese characters and Latin words for a Chinese reader %#', (text, minutes) => {
    expect(readingMinutes(readingUnits(text), 'zh-CN')).toBe(minutes);
  });

  test.each([
    ['word '.repeat(100), 1],
    ['word '.repeat(1150), 5],
    ['', 1],
  ])('counts words for an English reader %#', (text, minutes) => {
    expect(readingMinutes(readingUnits(text), 'en')).toBe(minutes);
  });

  test('counts each Chinese character and each Latin word or number once, and nothing else', () => {
    expect(readingUnits('华为发布 GPT-4o，售价 100 元。')).toBe(10);
  });
});
