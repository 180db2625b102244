import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/markdown/sentences.ts';

describe('splitSentences', () => {
  test.each([
    ['第一句。第二句！第三句？', ['第一句。', '第二句！', '第三句？']],
    ['他说：“好。走吧。”然后离开。', ['他说：“好。走吧。”然后离开。']],
    ['增长率达116.02%。预计明年更高。', ['增长率达116.02%。', '预计明年更高。']],
    ['《报告。摘要》发布。', ['《报告。摘要》发布。']],
    ['真的吗？！是的。', ['真的吗？！', '是的。']],
    ['没有句号的结尾', ['没有句号的结尾']],
  ])('splits %j', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});
