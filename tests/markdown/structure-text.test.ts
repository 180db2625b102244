import { describe, expect, test } from 'vitest';
import { structureText } from '../../src/markdown/structure-text.ts';

describe('structureText', () => {
  test('turns a doubled heading glued after a sentence into a Markdown heading, once', () => {
    expect(structureText('前文结束。市场前景广阔市场前景广阔2024年开始。')).toBe(
      '前文结束。\n\n## 市场前景广阔\n\n2024年开始。',
    );
  });

  test('leaves repeated words inside a sentence alone', () => {
    expect(structureText('我们研究研究再说。大家都说好好好。')).toBe(
      '我们研究研究再说。大家都说好好好。',
    );
  });

  test('cuts a long single line into paragraphs at sentence ends', () => {
    const sentence = `${'很'.repeat(50)}长的句子。`;
    const paragraphs = structureText(sentence.repeat(8)).split('\n\n');
    expect(paragraphs.length).toBeGreaterThan(1);
    expect(paragraphs.join('')).toBe(sentence.repeat(8));
    for (const paragraph of paragraphs) expect(paragraph.endsWith('。')).toBe(true);
  });

  test('leaves no empty paragraph when the text ends right where a paragraph is cut', () => {
    const sentence = `${'长'.repeat(79)}。`;
    expect(structureText(sentence.repeat(4))).toBe(
      `${sentence.repeat(2)}\n\n${sentence.repeat(2)}`,
    );
  });

  test('keeps paragraphs and lines that the source already broke', () => {
    expect(structureText('第一段\n续行。\n\n第二段。')).toBe('第一段\n续行。\n\n第二段。');
  });
});
