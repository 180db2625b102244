import { readdirSync, readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, test, vi } from 'vitest';
import { excerpt } from '../../src/markdown/excerpt.ts';
import { dropListLeadIns } from '../../src/markdown/framing.ts';
import { renderFeedText, renderFeedTree } from '../../src/markdown/render-feed-html.ts';
import { renderMarkdown } from '../../src/markdown/render-markdown.ts';
import { summaryTexts } from '../../src/markdown/summary-texts.ts';
import { parseTextRecord } from '../../src/records/parse-text-record.ts';

const folder = new URL('../fixtures/records/valid/', import.meta.url);
const records = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => parseTextRecord(readFileSync(new URL(name, folder), 'utf8'), name).record!);

describe('summaryTexts', () => {
  test.each(records.map((record) => [record.title, record] as const))(
    'gives %s what each text parsed on its own gives',
    (_, { events, text }) => {
      const short = excerpt(events === undefined ? undefined : fromMarkdown(events), () => text);
      expect(summaryTexts(events, () => text)).toEqual(
        events === undefined
          ? { excerpt: short, feedHtml: renderFeedText(short) }
          : {
              excerpt: short,
              summaryHtml: renderMarkdown(dropListLeadIns(events)),
              feedHtml: renderFeedTree(fromMarkdown(dropListLeadIns(events))),
            },
      );
    },
  );

  test('renders the summary for the page and the feed each by its own rules, without the lead-in', () => {
    const texts = summaryTexts(
      '据报道，华为发布新品。以下是重大事件：\n\n1. [甲](https://example.com/a) <b>x</b>',
      () => undefined,
    );
    expect(texts).toEqual({
      excerpt: '华为发布新品。',
      summaryHtml:
        '<p>据报道，华为发布新品。</p>\n<ol>\n<li><a href="https://example.com/a" rel="noopener noreferrer nofollow">甲</a> x</li>\n</ol>',
      feedHtml: '<p>据报道，华为发布新品。</p>\n<ol>\n<li>甲 x</li>\n</ol>',
    });
  });

  test('describes a record without an event summary in feeds by its excerpt, as plain text', () => {
    const text = vi.fn(() => '国产 AI 芯片 &lt;b&gt;出货量创新高。第二句。');
    expect(summaryTexts(undefined, text)).toEqual({
      excerpt: '国产 AI 芯片 <b>出货量创新高。',
      feedHtml: '<p>国产 AI 芯片 ＜b＞出货量创新高。</p>',
    });
    expect(text).toHaveBeenCalledTimes(1);
  });
});
