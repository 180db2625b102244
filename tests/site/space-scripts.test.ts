import { describe, expect, test } from 'vitest';
import { spaceScripts } from '../../src/site/space-scripts.ts';

describe('spaceScripts', () => {
  test.each([
    ['AI 技术', '全部 AI 技术', '共 60 个 AI 技术。'],
    ['关键词', '全部关键词', '共 60 个关键词。'],
    ['GPT', '全部 GPT', '共 60 个 GPT。'],
    ['5G', '全部 5G', '共 60 个 5G。'],
  ])(
    'spaces the name %j from the Chinese around it only where the scripts meet',
    (name, all, count) => {
      expect(spaceScripts`全部${name}`).toBe(all);
      expect(spaceScripts`共 ${60} 个${name}。`).toBe(count);
    },
  );

  test('spaces a Chinese value from Latin text after it when they meet', () => {
    expect(spaceScripts`${'行业'}RSS`).toBe('行业 RSS');
  });

  test('leaves the inside of a value and of the text alone when they have mixed scripts of their own', () => {
    expect(spaceScripts`热门AI芯片：${'国产AI芯片'}`).toBe('热门AI芯片：国产AI芯片');
  });

  test('adds no second space when the text already has one or ends in punctuation', () => {
    expect(spaceScripts`共 ${3} 篇“${'AIGC'}”`).toBe('共 3 篇“AIGC”');
  });

  test('joins values that meet each other without text between them', () => {
    expect(spaceScripts`${'全部'}${'AI'}${''}`).toBe('全部 AI');
  });
});
