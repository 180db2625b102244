import { describe, expect, test } from 'vitest';
import { markWords, passageAround } from '../../src/search/passage.ts';

describe('markWords', () => {
  test.each([
    ['国产ＡＩ芯片出货', ['ai芯片'], [[2, 6]]],
    [
      'C++ 与 c++',
      ['C++'],
      [
        [0, 3],
        [6, 9],
      ],
    ],
    ['大模型产业', ['模型', '大模'], [[0, 3]]],
    ['没有匹配', ['芯片'], []],
  ])('marks %s where the folded words occur', (text, words, marks) => {
    expect(markWords(text, words)).toEqual(marks);
  });
});

describe('passageAround', () => {
  const long = `${'前文很长。'.repeat(20)}，天融信的天问大模型通过备案。${'后文很长。'.repeat(40)}`;

  test('cuts a passage around the first match with an ellipsis at both ends and no stray punctuation at the start', () => {
    const { text, marks } = passageAround([long], ['天问'], 60);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text[1]).not.toMatch(/[，。]/u);
    expect(marks.map(([from, to]) => text.slice(from, to))).toEqual(['天问']);
  });

  test('takes the first field that holds a match', () => {
    expect(passageAround(['正文没有', '要点里有芯片'], ['芯片']).text).toBe('要点里有芯片');
  });

  test('starts at the beginning of the text when no word occurs in it', () => {
    expect(passageAround(['只在标题里出现', '第二段'], ['标题外'])).toEqual({
      text: '只在标题里出现',
      marks: [],
    });
  });

  test('never cuts a character outside the Basic Multilingual Plane in half', () => {
    const text = `${'𠀀'.repeat(50)}芯片${'𠀀'.repeat(50)}`;
    const passage = passageAround([text], ['芯片'], 21);
    expect(passage.text).not.toMatch(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u,
    );
  });
});
