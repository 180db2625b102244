import { describe, expect, test } from 'vitest';
import { groupByInitial, initials, nameInitial } from '../../src/taxonomy/term-initials.ts';

describe('nameInitial', () => {
  test.each([
    ['AIGC', 'A'],
    ['iPhone', 'I'],
    ['ＧＰＴ-4o', 'G'],
    ['Éclair', 'E'],
    [' vLLM', 'V'],
    ['C++', 'C'],
  ])('lists the Latin name %j under its first letter %j', (name, initial) => {
    expect(nameInitial(name)).toBe(initial);
  });

  test.each([
    ['阿里巴巴', 'A'],
    ['半导体', 'B'],
    ['从零开始', 'C'],
    ['大模型', 'D'],
    ['二手车', 'E'],
    ['风险控制', 'F'],
    ['光学字符识别', 'G'],
    ['合成数据', 'H'],
    ['具身智能', 'J'],
    ['扩散模型', 'K'],
    ['零售', 'L'],
    ['模型压缩', 'M'],
    ['农业', 'N'],
    ['欧洲', 'O'],
    ['平台', 'P'],
    ['强化学习', 'Q'],
    ['软件', 'R'],
    ['深度学习', 'S'],
    ['通义千问', 'T'],
    ['网络安全', 'W'],
    ['向量数据库', 'X'],
    ['语音识别', 'Y'],
    ['智能制造', 'Z'],
  ])('lists the Chinese name %j under the pinyin initial %j', (name, initial) => {
    expect(nameInitial(name)).toBe(initial);
  });

  test.each([
    ['澳', 'A'],
    ['八', 'B'],
    ['簿', 'B'],
    ['嚓', 'C'],
    ['咗', 'Z'],
  ])('places %j, next to where two initials meet in pinyin order, under %j', (name, initial) => {
    expect(nameInitial(name)).toBe(initial);
  });

  test.each([
    ['AI芯片', 'A'],
    ['国产AI芯片', 'G'],
    ['大模型 GPT', 'D'],
  ])('lists the mixed name %j by its first character, under %j', (name, initial) => {
    expect(nameInitial(name)).toBe(initial);
  });

  test.each([
    ['5G'],
    ['3D 打印'],
    ['../etc'],
    ['<b>加粗</b>'],
    ['あいう'],
    ['α 粒子'],
    ['々'],
    [''],
  ])('lists %j, which begins with a digit, a symbol or another script, under #', (name) => {
    expect(nameInitial(name)).toBe('#');
  });
});

describe('groupByInitial', () => {
  const terms = (...labels: string[]) => labels.map((label) => ({ label }));
  const labels = (groups: ReturnType<typeof groupByInitial<{ label: string }>>) =>
    groups.map(({ initial, terms }) => [initial, terms.map(({ label }) => label)]);

  test('groups Chinese, Latin and other names under A to Z, then #, each in pinyin order', () => {
    const groups = groupByInitial(
      terms(
        '智能制造',
        '5G',
        'AIGC',
        '半导体',
        '阿里巴巴',
        'C++',
        '大模型',
        'AI芯片',
        '../etc',
        '边缘计算',
      ),
    );
    expect(labels(groups)).toEqual([
      ['A', ['阿里巴巴', 'AI芯片', 'AIGC']],
      ['B', ['半导体', '边缘计算']],
      ['C', ['C++']],
      ['D', ['大模型']],
      ['Z', ['智能制造']],
      ['#', ['../etc', '5G']],
    ]);
  });

  test('keeps each term object and leaves out initials without terms when the list is short', () => {
    const chip = { label: '芯片', count: 3 };
    expect(groupByInitial([chip])).toEqual([{ initial: 'X', terms: [chip] }]);
    expect(groupByInitial([])).toEqual([]);
  });
});

describe('initials', () => {
  test('lists the 26 Latin letters in order, then #', () => {
    expect(initials.join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ#');
  });
});
