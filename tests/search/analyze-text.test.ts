import { stemmer } from 'stemmer';
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../src/search/analyze-text.ts';

describe('analyzeText', () => {
  test('leaves text as written where the language has no stemmer', () => {
    expect(analyzeText('ＡＩ芯片  Models', undefined)).toBe('ＡＩ芯片  Models');
  });

  test.each([
    ['Models', 'model'],
    ['modeling', 'model'],
    ['Universities and university', 'univers and univers'],
    ['ＡＩ芯片  Picked', 'ai芯片 pick'],
    ['GPT-4o', 'gpt-4o'],
  ])('folds %j and stems each Latin word with a stemmer: %j', (text, analyzed) => {
    expect(analyzeText(text, stemmer)).toBe(analyzed);
  });
});
