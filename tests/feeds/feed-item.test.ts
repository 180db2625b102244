import { getRssString } from '@astrojs/rss';
import { parseFeed } from '@rowanmanning/feed-parser';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { feedItem } from '../../src/feeds/feed-item.ts';
import { summaryTexts } from '../../src/markdown/summary-texts.ts';

/** A record's item in a real RSS document, and its description as a reader gets it and as feed-parser gives it. */
async function readDescription(record: { text?: string; events?: string }) {
  const description = summaryTexts(record.events, () => record.text).feedHtml;
  const item = feedItem({
    title: '标题',
    link: 'https://digest.example/articles/x/',
    timeZone: 'Asia/Shanghai',
    description,
    categories: ['人工智能'],
  });
  const xml = await getRssString({
    title: '摘要',
    description: '摘要',
    site: 'https://digest.example/',
    items: [item],
  });
  return {
    // The XML text of the element: what a reader renders as HTML.
    reader: cheerio.load(xml, { xml: true })('item > description').text(),
    // feed-parser decodes HTML entities once more, as some readers do.
    parser: parseFeed(xml).items[0]?.description ?? '',
  };
}

/** Every element of an HTML fragment that would run or load something: scripts, frames, images and event handlers. */
function liveMarkup(html: string): string[] {
  const $ = cheerio.load(html, null, false);
  return $('*')
    .toArray()
    .filter(
      (element) =>
        'attribs' in element &&
        (['script', 'img', 'iframe', 'a'].includes(element.tagName) ||
          Object.keys(element.attribs).length > 0),
    )
    .map((element) => $.html(element));
}

const markup = [
  ['raw', '正文里有 <img src=x onerror=alert(1)> 和 <script>alert(2)</script> 的新闻。'],
  [
    'entity-escaped',
    '正文里有 &lt;img src=x onerror=alert(1)&gt; 和 &lt;script&gt;alert(2)&lt;/script&gt; 的新闻。',
  ],
  ['code-span', '正文里有 `<img src=x onerror=alert(1)>` 的新闻。'],
  ['block', '<img src=x onerror=alert(1)>\n\n后面的正文。'],
  ['double-escaped', '正文里有 &amp;lt;img src=x onerror=alert(1)&amp;gt; 的新闻。'],
  [
    'linked',
    '正文里有 [链接](javascript:alert(1) "a&quot; onmouseover=&quot;alert(2)") 和 ![图](https://tracker.example/p.gif) 的新闻。',
  ],
];

describe('the feed description of summaryTexts', () => {
  test.each(markup)(
    'gives no live markup to a reader or to feed-parser when the text holds %s markup and there is no event summary',
    async (_, text) => {
      const { reader, parser } = await readDescription({ text });
      expect(liveMarkup(reader)).toEqual([]);
      expect(liveMarkup(parser)).toEqual([]);
      expect(
        cheerio
          .load(reader, null, false)
          .root()
          .children()
          .toArray()
          .map((element) => element.tagName),
      ).toEqual(['p']);
    },
  );

  test.each(markup)(
    'gives no live markup to a reader or to feed-parser when the event summary holds %s markup',
    async (_, events) => {
      const { reader, parser } = await readDescription({
        text: '正文。',
        events: `要点：\n\n1. ${events}`,
      });
      expect(liveMarkup(reader)).toEqual([]);
      expect(liveMarkup(parser)).toEqual([]);
    },
  );

  test('shows markup that the record writes out as text, with full-width brackets, when there is no event summary', async () => {
    const { reader } = await readDescription({
      text: '正文里有 &lt;img src=x onerror=alert(1)&gt; 和 AT&amp;T 的新闻。',
    });
    expect(cheerio.load(reader, null, false).text()).toBe(
      '正文里有 ＜img src=x onerror=alert(1)＞ 和 AT&T 的新闻。',
    );
  });

  test('keeps the lead and the numbered list of an event summary', async () => {
    const { reader } = await readDescription({
      events: '华为发布两款新品：\n\n1. 甲\n2. [乙](https://example.com/b)',
    });
    expect(reader).toBe('<p>华为发布两款新品：</p>\n<ol>\n<li>甲</li>\n<li>乙</li>\n</ol>');
  });

  test('drops a lead-in that only announces the list', async () => {
    const { reader } = await readDescription({
      events: '这篇文章主要讨论了大模型。以下是文章中提到的重大事件：\n\n1. 甲',
    });
    expect(reader).toBe('<p>这篇文章主要讨论了大模型。</p>\n<ol>\n<li>甲</li>\n</ol>');
  });
});

describe('feedItem', () => {
  test.each([
    ['2024-11-06', '2024-11-05T16:00:00.000Z'],
    ['2024-11-06T10:30:00+08:00', '2024-11-06T02:30:00.000Z'],
  ])(
    'dates the item of a record dated %j at %j, a day without a time at its start in China',
    (date, instant) => {
      expect(
        feedItem({
          title: '标题',
          link: 'https://digest.example/a/',
          date,
          timeZone: 'Asia/Shanghai',
          description: '<p>正文</p>',
          categories: [],
        }).pubDate?.toISOString(),
      ).toBe(instant);
    },
  );
});
