import { describe, expect, test } from 'vitest';
import { jsonForScript, newsArticleJsonLd } from '../../src/site/json-ld.ts';

describe('jsonForScript', () => {
  test('escapes every character that could close the script element, and stays the same JSON', () => {
    const data = { headline: '</script><script>alert(1)</script> & \u2028' };
    const json = jsonForScript(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('newsArticleJsonLd', () => {
  test('names the source as isBasedOn and the date as datePublished, midnight in China without a time, only when known', () => {
    const record = {
      title: '标题',
      link: 'https://example.com/a',
      date: '2024-11-05',
      keywords: [],
      aiTech: [],
      industries: [],
    };
    expect(
      newsArticleJsonLd(record, 'https://digest.example/articles/a/', ['大模型'], '摘要', {
        lang: 'en',
        timeZone: 'Asia/Shanghai',
      }),
    ).toMatchObject({
      '@type': 'NewsArticle',
      headline: '标题',
      isBasedOn: 'https://example.com/a',
      datePublished: '2024-11-05T00:00:00+08:00',
      keywords: ['大模型'],
      inLanguage: 'en',
    });
    expect(
      newsArticleJsonLd({ ...record, date: '2024-11-05T10:30:00+08:00' }, 'u', [], '', {
        lang: 'zh-CN',
        timeZone: 'Asia/Shanghai',
      }).datePublished,
    ).toBe('2024-11-05T10:30:00+08:00');
    expect(
      newsArticleJsonLd({ ...record, link: undefined, date: undefined }, 'u', [], '', {
        lang: 'zh-CN',
        timeZone: 'Asia/Shanghai',
      }),
    ).not.toHaveProperty('isBasedOn');
  });
});
