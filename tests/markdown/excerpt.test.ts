import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, test, vi } from 'vitest';
import { excerpt as excerptOfTree } from '../../src/markdown/excerpt.ts';
import { parseTextRecord } from '../../src/records/parse-text-record.ts';

/** The excerpt of an event summary given as Markdown. */
const excerpt = (events: string | undefined, text: () => string | undefined) =>
  excerptOfTree(events === undefined ? undefined : fromMarkdown(events), text);

/** A fixture record as the site reads it. */
const record = (path: string) =>
  parseTextRecord(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'), path)
    .record!;

describe('excerpt', () => {
  test('gives the seed record its first key event, not the summary’s framing or the lead-in of the list', () => {
    const seed = record('records/valid/seed-article.txt');
    expect(excerpt(seed.events, () => seed.text)).toBe(
      '天融信的天问大模型成功通过“生成式人工智能服务备案”，标志着其自主研发的大模型正式为公众提供服务。',
    );
  });

  test.each([
    ['site-seeds/2024/11/001_cpp.txt', '厂商发布 C++ 编程助手。'],
    ['search-seeds/s01.txt', '科大讯飞发布新一代学习机。'],
    ['records/valid/events-only.txt', '第一件事'],
  ])('gives %s its first key event after a lead-in that frames the list', (path, expected) => {
    const { events, text } = record(path);
    expect(excerpt(events, () => text)).toBe(expected);
  });

  test('gives a record without an event summary the first sentence of its text', () => {
    const { events, text } = record('site-seeds/003_chip.txt');
    expect(events).toBeUndefined();
    expect(excerpt(events, () => text)).toBe('国产 AI 芯片出货量创新高，科大讯飞等企业加大采购。');
  });

  test.each([
    [
      '这篇文章指出，工信部披露近200个大模型完成备案。\n\n1. 甲公司发布新品。',
      '工信部披露近200个大模型完成备案。',
    ],
    [
      '据报道，华为发布三款 AI 芯片。以下是文章中提到的重大事件：\n\n1. 甲。',
      '华为发布三款 AI 芯片。',
    ],
    ['文章介绍，芒果超媒的大模型已落地60余项应用。', '芒果超媒的大模型已落地60余项应用。'],
  ])('keeps what a lead frames when it is a statement: %j', (events, expected) => {
    expect(excerpt(events, () => '正文第一句。')).toBe(expected);
  });

  test.each([
    [
      '本文主要介绍了ＡＩ芯片和 5G-A 的最新进展。以下是文章中提到的重大事件：\n\n1. 国产 AI 芯片出货量创新高。',
      '国产 AI 芯片出货量创新高。',
    ],
    ['文章指出，如下。\n\n1. 甲公司发布新品。', '甲公司发布新品。'],
    ['根据文章内容，以下是重大事件：\n\n- **华为**发布新芯片。\n- 乙。', '华为发布新芯片。'],
  ])(
    'takes the first key event when the lead says nothing that happened: %j',
    (events, expected) => {
      expect(excerpt(events, () => '正文第一句。')).toBe(expected);
    },
  );

  test('reads the text only when the event summary says nothing that happened', () => {
    const text = vi.fn(() => '正文第一句。');
    expect(excerpt('1. 华为发布三款新品。', text)).toBe('华为发布三款新品。');
    expect(text).not.toHaveBeenCalled();
    expect(excerpt('本文要点：', text)).toBe('正文第一句。');
    expect(text).toHaveBeenCalledTimes(1);
  });

  test('keeps a lead sentence without framing, which already says what happened', () => {
    expect(excerpt('华为发布三款新品：\n\n1. 甲。', () => undefined)).toBe('华为发布三款新品：');
  });

  test('takes the text when the event summary only frames, dropping the publisher boilerplate', () => {
    expect(
      excerpt(
        '本文要点：',
        () => '更多精彩资讯请在应用市场下载“央广网”客户端。国产大模型完成备案。',
      ),
    ).toBe('国产大模型完成备案。');
  });

  test('is never empty when there is any text, even if it is all framing', () => {
    expect(excerpt('本文要点：', () => undefined)).toBe('本文要点：');
    expect(excerpt(undefined, () => '')).toBe('');
  });

  test('shows markup as plain text and drops HTML and link targets', () => {
    expect(
      excerpt(
        '要点里有 <script>alert(2)</script> 和 [坏链接](javascript:alert(3))。',
        () => undefined,
      ),
    ).toBe('要点里有 alert(2) 和 坏链接。');
    expect(excerpt('**加粗**的开头。第二句。', () => undefined)).toBe('加粗的开头。');
  });

  test('keeps quoted speech whole', () => {
    expect(excerpt(undefined, () => '他说：“我们会继续投入。明年更多。”随后离场。')).toBe(
      '他说：“我们会继续投入。明年更多。”随后离场。',
    );
  });

  test('cuts a long sentence after its last clause in the second half, with …', () => {
    const clause = `${'甲'.repeat(70)}，${'乙'.repeat(30)}，${'丙'.repeat(60)}。`;
    expect(excerpt(clause, () => undefined)).toBe(`${'甲'.repeat(70)}，${'乙'.repeat(30)}…`);
  });

  test('cuts a long sentence without clauses after a whole word, never inside one', () => {
    const sentence = `${'人工智能'.repeat(29)}大模型产业发展。`;
    const cut = excerpt(sentence, () => undefined);
    // 「产业」 would end at 121 characters.
    expect(cut).toBe(`${'人工智能'.repeat(29)}大模型…`);
  });

  test('cuts a sentence with neither clauses nor words at 120 characters', () => {
    expect(excerpt('x'.repeat(300), () => undefined)).toBe(`${'x'.repeat(120)}…`);
  });
});
