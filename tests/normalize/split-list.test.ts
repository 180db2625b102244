import { describe, expect, test } from 'vitest';
import { splitList } from '../../src/normalize/split-list.ts';

describe('splitList', () => {
  test.each([
    [
      '大模型产业,  人工智能技术发展,  A股公司布局',
      ['大模型产业', '人工智能技术发展', 'A股公司布局'],
    ],
    ['甲，乙、丙;丁；戊', ['甲', '乙', '丙', '丁', '戊']],
    [' 甲 , , 甲,乙 ', ['甲', '乙']],
    ['', []],
    ['多模态 大模型', ['多模态 大模型']],
  ])('splits %j into its items', (value, items) => {
    expect(splitList(value)).toEqual(items);
  });
});
