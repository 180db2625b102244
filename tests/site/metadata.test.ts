import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import type { ArticleEntry } from '../../src/site/article-entries.ts';
import { builds, fileFor, htmlFiles, loadPage, sites } from './built-site.ts';

const seedId = '000_14c0c9d93e9386f0';

describe.each(sites)('feeds, sitemap and metadata of the $name fixture build', (site) => {
  const origin = site.env.SITE_URL;
  const path = (rest = '') => `${site.base}${rest}`;
  const absolute = (rest = '') => new URL(path(rest), origin).href;
  const read = (rest: string) => readFileSync(fileFor(site, path(rest))!, 'utf8');

  test('publishes a valid RSS feed of the whole site', () => {
    const feed = parseFeed(read('rss.xml'));
    expect(feed.title).toBe('AI 行业新闻摘要');
    expect(feed.items.map((item) => item.url)).toEqual(
      ['003_chip', '002_aigc', '004_unsafe', '001_cpp', seedId].map((id) =>
        absolute(`articles/${id}/`),
      ),
    );
    const chip = feed.items[0]!;
    expect(chip.title).toBe('国产 AI芯片 出货量创新高');
    // 10:30 in China, as the record writes it; a date without a time is the start of its day in China.
    expect(chip.published?.toISOString()).toBe('2024-11-06T02:30:00.000Z');
    expect(feed.items[1]!.published?.toISOString()).toBe('2024-11-04T16:00:00.000Z');
    expect(chip.categories.map((category) => category.label)).toEqual([
      'AI芯片',
      '国产替代',
      '半导体',
      '人工智能',
      '生成式人工智能',
    ]);
    const seed = feed.items.find((item) => item.url?.includes(seedId))!;
    expect(seed.description).toContain('天融信的天问大模型成功通过');
    expect(seed.description).not.toContain('以下是文章中提到的重大事件');
    expect(seed.published).toBeNull();
  });

  test('publishes a valid feed per keyword, industry and AI technology, linked from its page', () => {
    for (const page of ['tags/大模型产业/', 'industries/半导体/', 'tech/生成式人工智能/']) {
      const href = loadPage(
        site,
        path(page),
      )('link[rel="alternate"][type="application/rss+xml"]')
        .last()
        .attr('href')!;
      expect(href, page).toBe(path(`${page}rss.xml`));
      const feed = parseFeed(read(`${page}rss.xml`));
      expect(feed.items.length, page).toBeGreaterThan(0);
      for (const item of feed.items)
        expect(item.url, page).toMatch(new RegExp(`^${absolute('articles/')}`));
    }
    expect(parseFeed(read('industries/半导体/rss.xml')).items.map((item) => item.title)).toEqual([
      '国产 AI芯片 出货量创新高',
      'AIGC 芯片需求增长',
    ]);
    expect(parseFeed(read('tags/ai芯片/rss.xml')).items.map((item) => item.title)).toEqual([
      '国产 AI芯片 出货量创新高',
      'AIGC 芯片需求增长',
    ]);
  });

  test('lists every page in the sitemap, with lastmod from article dates, and names it in robots.txt', () => {
    const sitemap = read('sitemap-0.xml');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const pages = htmlFiles(site)
      .filter((file) => file.endsWith('index.html'))
      .map((file) => new URL(file.replace(/index\.html$/, ''), absolute()).href);
    expect(urls.sort()).toEqual(pages.sort());
    expect(sitemap).toContain(
      `<loc>${absolute('articles/003_chip/')}</loc><lastmod>2024-11-06T10:30:00+08:00</lastmod>`,
    );
    expect(sitemap).toContain(
      `<loc>${absolute('articles/002_aigc/')}</loc><lastmod>2024-11-05T00:00:00+08:00</lastmod>`,
    );
    expect(sitemap).toContain(
      `<loc>${absolute('industries/%E5%8D%8A%E5%AF%BC%E4%BD%93/')}</loc><lastmod>2024-11-06T10:30:00+08:00</lastmod>`,
    );
    expect(sitemap).toContain(`<loc>${absolute(`articles/${seedId}/`)}</loc></url>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${absolute('sitemap-index.xml')}`);
  });

  const siteName = 'AI 行业新闻摘要';
  const siteDescription = 'AI 行业新闻摘要：每日精选人工智能产业资讯。';
  test.each([
    ['', siteName, siteName, siteDescription],
    [
      `articles/${seedId}/`,
      '大模型产业方兴未艾 A股公司争相涉足',
      `大模型产业方兴未艾 A股公司争相涉足 · ${siteName}`,
      '天融信的天问大模型成功通过“生成式人工智能服务备案”，标志着其自主研发的大模型正式为公众提供服务。',
    ],
    [
      'tags/',
      '全部关键词',
      `全部关键词 · ${siteName}`,
      '按文章数排列的全部 12 个关键词及各自的文章数。',
    ],
    [
      'tech/',
      '全部 AI 技术',
      `全部 AI 技术 · ${siteName}`,
      '按文章数排列的全部 4 个 AI 技术及各自的文章数。',
    ],
    [
      'industries/by-name/',
      '全部行业（按名称）',
      `全部行业（按名称） · ${siteName}`,
      '按名称排列的全部 6 个行业及各自的文章数。',
    ],
    [
      'tech/生成式人工智能/',
      'AI 技术：生成式人工智能',
      `AI 技术：生成式人工智能 · ${siteName}`,
      'AI 技术“生成式人工智能”下的 4 篇文章。',
    ],
    [
      'tech/生成式人工智能/1/',
      'AI 技术：生成式人工智能 · 第 1 页',
      `AI 技术：生成式人工智能 · 第 1 页 · ${siteName}`,
      'AI 技术“生成式人工智能”下的文章。',
    ],
    ['page/1/', '最新文章 · 第 1 页', `最新文章 · 第 1 页 · ${siteName}`, siteDescription],
    ['search/', '搜索', `搜索 · ${siteName}`, '按关键词、行业和 AI 技术搜索全部新闻摘要。'],
    [
      'insights/',
      '行业与技术洞察',
      `行业与技术洞察 · ${siteName}`,
      '行业与 AI 技术的交叉分布、本月上升最快的词和各分类中最大的词。',
    ],
    [
      'archive/',
      '按月归档',
      `按月归档 · ${siteName}`,
      '1 个月、2 篇注明日期的文章，按发布月份浏览。',
    ],
  ])(
    'gives %j the title %j, a canonical URL, its description and Open Graph and Twitter tags',
    (page, title, documentTitle, description) => {
      const $ = loadPage(site, path(page));
      const meta = (attribute: string, name: string) =>
        $(`meta[${attribute}="${name}"]`).attr('content');
      const canonical = absolute(page);
      expect(decodeURI($('link[rel="canonical"]').attr('href')!)).toBe(decodeURI(canonical));
      expect($('head > title').text()).toBe(documentTitle);
      expect(meta('name', 'description')).toBe(description);
      expect(meta('property', 'og:title')).toBe(title);
      expect(meta('property', 'og:description')).toBe(description);
      expect(meta('property', 'og:url')).toBe($('link[rel="canonical"]').attr('href'));
      expect(meta('property', 'og:site_name')).toBe(siteName);
      expect(meta('property', 'og:locale')).toBe('zh_CN');
      expect(meta('name', 'twitter:card')).toBe('summary');
      expect(meta('name', 'twitter:title')).toBe(title);
      expect(meta('name', 'twitter:description')).toBe(description);
      expect($('link[rel="alternate"][type="application/rss+xml"]').first().attr('href')).toBe(
        path('rss.xml'),
      );
    },
  );

  test('describes an article page as a NewsArticle in JSON-LD', () => {
    const $ = loadPage(site, path(`articles/${seedId}/`));
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '大模型产业方兴未艾 A股公司争相涉足',
      isBasedOn: 'https://baijiahao.baidu.com/s?id=1815300492146678934&wfr=spider&for=pc',
      inLanguage: 'zh-CN',
    });
    expect(data.keywords).toEqual(
      expect.arrayContaining(['大模型产业', '生成式人工智能', '智能制造']),
    );
    expect(data).not.toHaveProperty('datePublished');
    const dated = JSON.parse(
      loadPage(site, path('articles/003_chip/'))('script[type="application/ld+json"]').text(),
    );
    expect(dated.datePublished).toBe('2024-11-06T10:30:00+08:00');
    const dayOnly = JSON.parse(
      loadPage(site, path('articles/002_aigc/'))('script[type="application/ld+json"]').text(),
    );
    expect(dayOnly.datePublished).toBe('2024-11-05T00:00:00+08:00');
  });

  test('keeps a title with a closing script tag inside the JSON-LD', () => {
    const html = read('articles/004_unsafe/');
    const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(block).headline).toBe('<script>alert("title")</script>标题里的标签');
  });

  test('lists every article with its URL, source link, date and terms in articles.json', () => {
    const articles: ArticleEntry[] = JSON.parse(read('articles.json'));
    expect(articles.map((article) => article.id)).toEqual([
      '003_chip',
      '002_aigc',
      '004_unsafe',
      '001_cpp',
      seedId,
    ]);
    expect(articles[0]).toEqual({
      id: '003_chip',
      url: absolute('articles/003_chip/'),
      title: '国产 AI芯片 出货量创新高',
      link: 'https://example.com/news/chip',
      date: '2024-11-06T10:30:00+08:00',
      terms: {
        tags: [
          { label: 'AI芯片', url: absolute('tags/ai芯片/') },
          { label: '国产替代', url: absolute('tags/国产替代/') },
        ],
        industries: [
          { label: '半导体', url: absolute('industries/半导体/') },
          { label: '人工智能', url: absolute('industries/人工智能/') },
        ],
        tech: [{ label: '生成式人工智能', url: absolute('tech/生成式人工智能/') }],
      },
    });
  });
});

describe('the pages of a build', () => {
  test('carry no JavaScript except the search page and the small inline filter of the term indexes', () => {
    const root = builds.root;
    const scripts = (file: string) => {
      const $ = cheerio.load(readFileSync(join(root.outDir, file), 'utf8'));
      return $('script:not([type="application/ld+json"])')
        .map((_, script) => ({ src: $(script).attr('src'), text: $(script).text() }))
        .get();
    };
    const withScripts = htmlFiles(root).filter((file) => scripts(file).length > 0);
    const indexes = [
      'industries/by-name/index.html',
      'industries/index.html',
      'tags/by-name/index.html',
      'tags/index.html',
      'tech/by-name/index.html',
      'tech/index.html',
    ];
    expect(withScripts.sort()).toEqual([...indexes, 'search/index.html'].sort());
    for (const file of indexes) {
      const [filter] = scripts(file);
      expect(filter?.src, file).toBeUndefined();
      expect(filter?.text.length, file).toBeLessThan(1500);
    }
  });
});
