import { AstroError } from 'astro/errors';
import { describe, expect, test } from 'vitest';
import config from '../../astro.config.ts';
import { newsDigestSettings } from '../../src/config/news-digest.ts';
import { resolveSettings } from '../../src/config/settings.ts';

const defaults = {
  title: 'AI 行业新闻摘要',
  description: '每日精选人工智能产业资讯。',
  lang: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  nav: ['tags', 'industries', 'tech'],
  taxonomyNames: { tags: '关键词', industries: '行业', tech: 'AI 技术' },
  footer: '摘要由新闻记录自动生成，原文版权归原作者所有。',
  site: 'http://localhost:4321',
  base: '/',
  seedsDir: 'seeds',
  onError: 'fail',
  pageSize: 20,
  feedSize: 50,
  relatedCount: 5,
  boilerplate: 'boilerplate.json',
  searchFileBytes: 8192,
  searchPartArticles: 20000,
};

// The message of the error a call throws, and whether it carries a stack trace.
function failure(options: unknown) {
  try {
    resolveSettings(options, {});
  } catch (error) {
    expect(error).toBeInstanceOf(AstroError);
    return { message: (error as AstroError).message, stack: (error as AstroError).stack };
  }
  throw new Error(`The options ${JSON.stringify(options)} were accepted.`);
}

describe('resolveSettings', () => {
  test('gives every setting its default when no option is given', () => {
    expect(resolveSettings({}, {})).toEqual(defaults);
  });

  test('matches the defaults with the options written out in astro.config.ts', () => {
    expect(newsDigestSettings(config, {})).toEqual(defaults);
  });

  test('lets the environment variables override the options of the same meaning', () => {
    const env = {
      SITE_URL: 'https://news.example.com',
      BASE_PATH: 'news',
      SEEDS_DIR: 'records',
      SEEDS_ON_ERROR: 'skip',
      PAGE_SIZE: '10',
    };
    expect(
      resolveSettings({ site: 'https://old.example.com', base: '/old/', pageSize: 30 }, env),
    ).toMatchObject({
      site: 'https://news.example.com',
      base: '/news/',
      seedsDir: 'records',
      onError: 'skip',
      pageSize: 10,
    });
  });

  test('takes the description, footer and taxonomy names from the language unless they are given', () => {
    expect(resolveSettings({ lang: 'en', taxonomyNames: { tech: 'Methods' } }, {})).toMatchObject({
      description: 'The day’s selected news of the AI industry.',
      footer:
        'Summaries are generated from news records; the original articles belong to their authors.',
      taxonomyNames: { tags: 'Keywords', industries: 'Industries', tech: 'Methods' },
    });
    expect(
      resolveSettings({ description: '开源情报。', footer: '转载请注明出处。' }, {}),
    ).toMatchObject({
      description: '开源情报。',
      footer: '转载请注明出处。',
    });
  });

  test('refuses a misspelt option, naming it and the option it resembles, without a stack trace', () => {
    const { message, stack } = failure({ titel: '开源情报周刊' });
    expect(message).toContain(
      "`titel` is not an option, so it would be ignored. Did you mean `title`? For example `title: '开源情报周刊'`.",
    );
    expect(message).toContain('The options are `title`, `description`, `lang`');
    expect(stack).toBe('');
  });

  test.each([
    [{ lang: 'fr' }, '`lang`: `"fr"` is not valid', "For example `lang: 'en'`."],
    [
      { timeZone: 'Mars/Olympus' },
      '`timeZone`: `"Mars/Olympus"` is not valid: is not a time zone',
      "`timeZone: 'Europe/Berlin'`",
    ],
    [{ pageSize: 0 }, '`pageSize`: `0` is not valid', '`pageSize: 20`'],
    [{ feedSize: 'many' }, '`feedSize`: `"many"` is not valid', '`feedSize: 50`'],
    [
      { site: 'news.example.com' },
      '`site`: `"news.example.com"` is not valid',
      "`site: 'https://news.example.com'`",
    ],
    [
      { logo: { src: 'logo.svg', alt: '' } },
      '`logo.src`: `"logo.svg"` is not valid',
      "`logo: { src: './src/assets/logo.svg', alt: '' }`",
    ],
    [
      { logo: { src: './public/logo.svg' } },
      '`logo.alt`: is missing',
      "`logo: { src: './src/assets/logo.svg', alt: '' }`",
    ],
    [{ nav: ['tags', 'authors'] }, '`nav.1`: `"authors"` is not valid', '`nav: ['],
    [{ nav: [{ label: 'x', href: 'javascript:alert(1)' }] }, '`nav.0`', '`nav: ['],
    [
      { taxonomyNames: { topics: '主题' } },
      '`taxonomyNames.topics` is not an option',
      'would be ignored',
    ],
  ])('refuses %j, naming the option, the value and a valid example', (options, what, example) => {
    const { message } = failure(options);
    expect(message).toContain(what);
    expect(message).toContain(example);
  });

  test('reports every bad option at once', () => {
    const { message } = failure({ titel: 'x', lang: 'fr', pageSize: -1 });
    expect(message.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
  });
});
