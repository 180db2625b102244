import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/markdown/clean-text.ts';
import { parseTextRecord } from '../../src/records/parse-text-record.ts';

describe('cleanText', () => {
  // A copy of the scraped seed record, with the publisher trailers of a real page.
  const seed = parseTextRecord(
    readFileSync(new URL('../fixtures/records/valid/seed-article.txt', import.meta.url), 'utf8'),
    'seed-article.txt',
  ).record!;

  test('removes the publisher trailers and the report link from the seed text', () => {
    const cleaned = cleanText(seed.text!);
    for (const trailer of ['更多精彩资讯', '报料热线', '投诉平台', '版权声明', '转载', '举报/反馈'])
      expect(cleaned).not.toContain(trailer);
    expect(cleaned.endsWith('才能给各垂直领域带来人工智能革命。')).toBe(true);
  });

  test('removes exact repeats of an earlier sentence, keeping the first', () => {
    expect(
      cleanText('本站消息请关注我们的公众号。正文第一句。本站消息请关注我们的公众号。', []),
    ).toBe('本站消息请关注我们的公众号。正文第一句。');
  });

  test('keeps short repeated sentences and paragraph breaks', () => {
    expect(cleanText('是的。\n\n是的。后来呢？', [])).toBe('是的。\n\n是的。后来呢？');
  });

  test('applies the given patterns to every match', () => {
    expect(cleanText('正文。责任编辑：张三\n\n第二段。', [/责任编辑：\S+$/gmu])).toBe(
      '正文。\n\n第二段。',
    );
  });
});
