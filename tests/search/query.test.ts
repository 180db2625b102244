import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../src/search/query.ts';

describe('parseQuery', () => {
  test.each([
    ['科大讯飞', [{ text: '科大讯飞', quoted: false }]],
    [
      '  华为   芯片 ',
      [
        { text: '华为', quoted: false },
        { text: '芯片', quoted: false },
      ],
    ],
    ['"深度求索"', [{ text: '深度求索', quoted: true }]],
    [
      '“具身智能” 机器人',
      [
        { text: '具身智能', quoted: true },
        { text: '机器人', quoted: false },
      ],
    ],
    [
      '"open ai" lab',
      [
        { text: 'open ai', quoted: true },
        { text: 'lab', quoted: false },
      ],
    ],
    ['ＡＩＧＣ', [{ text: 'AIGC', quoted: false }]],
    ['""', []],
    ['', []],
  ])('reads %j as its words', (query, words) => {
    expect(parseQuery(query)).toEqual(words);
  });
});
