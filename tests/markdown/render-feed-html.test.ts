import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, test } from 'vitest';
import { renderFeedText, renderFeedTree } from '../../src/markdown/render-feed-html.ts';

const renderFeedMarkdown = (markdown: string) => renderFeedTree(fromMarkdown(markdown));

describe('renderFeedTree', () => {
  test('keeps paragraphs, lists and emphasis when the Markdown has them', () => {
    expect(renderFeedMarkdown('以下是**重大**事件：\n\n1. 甲\n2. 乙')).toBe(
      '<p>以下是<strong>重大</strong>事件：</p>\n<ol>\n<li>甲</li>\n<li>乙</li>\n</ol>',
    );
  });

  test.each([
    ['<script>alert(1)</script>正文', ''],
    ['正文 <img src=x onerror=alert(1)>', '<p>正文 </p>'],
    ['正文 &lt;img src=x onerror=alert(1)&gt;', '<p>正文 ＜img src=x onerror=alert(1)＞</p>'],
    ['[来源](https://example.com/a "标题")', '<p>来源</p>'],
    ['![图](https://tracker.example/p.gif)正文', '<p>正文</p>'],
    ['```js"onclick="alert(1)\n<b>x</b>\n```', '<pre><code>＜b＞x＜/b＞\n</code></pre>'],
  ])(
    'leaves no tag, attribute or escaped bracket from the record when the Markdown holds %j',
    (markdown, html) => {
      expect(renderFeedMarkdown(markdown)).toBe(html);
    },
  );
});

describe('renderFeedText', () => {
  test('renders every character as text when the text looks like Markdown or HTML', () => {
    expect(renderFeedText('**不是强调** <img src=x onerror=alert(1)> AT&T')).toBe(
      '<p>**不是强调** ＜img src=x onerror=alert(1)＞ AT&#x26;T</p>',
    );
  });
});
