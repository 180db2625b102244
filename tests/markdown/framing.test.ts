import { describe, expect, test } from 'vitest';
import { dropListLeadIns, newsStatement, parseFraming } from '../../src/markdown/framing.ts';

describe('newsStatement', () => {
  test.each([
    '以下是文章中提到的重大事件：',
    '根据文章内容，以下是重大事件：',
    '文章中提到的重大事件如下：',
    '本文要点：',
    '概述：',
  ])('drops %j, which only announces a list', (sentence) => {
    expect(newsStatement(sentence)).toBeUndefined();
  });

  test.each([
    '这篇文章主要讨论了中国大模型产业的迅速发展和广泛应用，以及A股公司争相涉足此领域的情况。',
    '本文主要介绍了ＡＩ芯片和 5G-A 的最新进展。',
    '文章介绍了编程助手的进展：',
    '该报道聚焦于自动驾驶的商业化。',
  ])('drops %j, which only names the topic', (sentence) => {
    expect(newsStatement(sentence)).toBeUndefined();
  });

  test.each([
    ['文章指出，工信部披露近200个大模型完成备案。', '工信部披露近200个大模型完成备案。'],
    ['报道称华为发布了新芯片。', '华为发布了新芯片。'],
    ['据该文介绍，成都人工智能产业规模突破800亿元。', '成都人工智能产业规模突破800亿元。'],
    [' 天融信的天问大模型通过备案。 ', '天融信的天问大模型通过备案。'],
    ['本文作者认为大模型将重塑产业。', '本文作者认为大模型将重塑产业。'],
  ])('gives %j as %j', (sentence, statement) => {
    expect(newsStatement(sentence)).toBe(statement);
  });

  test('drops a lead whose rest is too short to say anything', () => {
    expect(newsStatement('文章指出，如下。')).toBeUndefined();
  });
});

describe('dropListLeadIns', () => {
  test('drops the lead-in of the seed’s list and keeps the sentence before it', () => {
    expect(
      dropListLeadIns(
        '这篇文章主要讨论了中国大模型产业的迅速发展。以下是文章中提到的重大事件：\n\n1. 甲。\n2. 乙。',
      ),
    ).toBe('这篇文章主要讨论了中国大模型产业的迅速发展。\n\n1. 甲。\n2. 乙。');
  });

  test.each([
    ['本文要点：\n\n1. 甲。', '1. 甲。'],
    ['导语。\n\n**以下是重大事件：**\n\n- 甲。', '导语。\n\n- 甲。'],
    ['以下是重大事件：\r\n\r\n1. 甲。', '1. 甲。'],
  ])('drops a paragraph that only announces the list: %j', (markdown, kept) => {
    expect(dropListLeadIns(markdown)).toBe(kept);
  });

  test.each([
    '华为发布三款新品：\n\n1. 甲。',
    '以下是重大事件：',
    '以下是重大事件：\n\n正文段落。',
    '1. 甲。\n\n以下是重大事件：',
  ])('keeps %j, which has no list lead-in', (markdown) => {
    expect(dropListLeadIns(markdown)).toBe(markdown);
  });
});

describe('parseFraming', () => {
  test('names the file, every missing list and every bad pattern, with the fix', () => {
    expect(() => parseFraming('{ "announce": ["(以下"], "lead": [3] }', 'framing.json'))
      .toThrowErrorMatchingInlineSnapshot(`
      [Error: framing.json:1:16 The pattern \`(以下\` is not a valid regular expression (Unterminated group), so it cannot match any sentence. Escape characters that have a meaning in regular expressions, for example \`\\\\(\` for a bracket, and write every backslash twice in JSON.
      framing.json The entry 1 of \`lead\` is 3, not a string, so it cannot be a pattern. Write it in quotes, for example \`{ "announce": ["^以下是.*：$"], "lead": ["^文章指出，"], "topic": ["^本文主要介绍了"] }\`.
      framing.json The file has no \`topic\` list, so no framing pattern can be read. Write the patterns as a list of strings, for example \`{ "announce": ["^以下是.*：$"], "lead": ["^文章指出，"], "topic": ["^本文主要介绍了"] }\`.]
    `);
  });
});
