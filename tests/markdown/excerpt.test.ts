import { describe, expect, test } from 'vitest';
import { excerpt, keyEvent } from '../../src/markdown/excerpt.ts';

describe('excerpt', () => {
  test.each([
    [
      '这篇文章主要讨论了中国大模型产业的迅速发展。以下是重大事件：\n\n1. 甲。',
      '这篇文章主要讨论了中国大模型产业的迅速发展。',
    ],
    ['文章介绍了编程助手的进展：\n\n1. 厂商发布 C++ 编程助手。', '文章介绍了编程助手的进展：'],
    [
      '他说：“我们会继续投入。明年更多。”随后离场。',
      '他说：“我们会继续投入。明年更多。”随后离场。',
    ],
    [
      '要点里也有 <script>alert(2)</script> 和 [坏链接](javascript:alert(3))：',
      '要点里也有 alert(2) 和 坏链接：',
    ],
    ['**加粗**的开头。第二句。', '加粗的开头。'],
    ['', ''],
  ])('gives %j the excerpt %j', (markdown, expected) => {
    expect(excerpt(markdown)).toBe(expected);
  });

  test('cuts a long first sentence at 120 characters', () => {
    expect(excerpt('长'.repeat(300))).toBe(`${'长'.repeat(120)}…`);
  });
});

describe('keyEvent', () => {
  test.each([
    [
      '以下是文章中提到的重大事件：\n\n1. 天融信的天问大模型通过备案。还有第二句。\n2. 第二件事。',
      '天融信的天问大模型通过备案。',
    ],
    [
      '- **要点**里有 <b>标签</b> 和 [链接](javascript:alert(1))\n- 第二项',
      '要点里有 标签 和 链接',
    ],
    ['没有列表的摘要。第二句。', '没有列表的摘要。'],
    ['', ''],
  ])('gives %j the key event %j', (markdown, expected) => {
    expect(keyEvent(markdown)).toBe(expected);
  });

  test('cuts a long first item at 120 characters', () => {
    expect(keyEvent(`1. ${'长'.repeat(300)}`)).toBe(`${'长'.repeat(120)}…`);
  });
});
