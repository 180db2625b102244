import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import type { SearchDocument, SearchManifest } from '../../src/search/search-document.ts';
import type { ArticleEntry } from '../../src/site/article-entries.ts';
import { fileFor, htmlFiles, loadPage, sites } from './built-site.ts';

const seedId = '000_14c0c9d93e9386f0';

describe.each(sites)('the $name fixture build', (site) => {
  const path = (rest = '') => `${site.base}${rest}`;

  test('marks the current section in the header, leads an article back through its first industry, and links the site feed from the home page', () => {
    const current = (page: string) => {
      const $ = loadPage(site, path(page));
      return $('.site-nav a[aria-current]')
        .map((_, a) => `${$(a).text().trim()}=${$(a).attr('aria-current')}`)
        .get();
    };
    expect(current('industries/')).toEqual(['行业=page']);
    expect(current('industries/人工智能/')).toEqual(['行业=true']);
    expect(current('')).toEqual([]);
    const $ = loadPage(site, path(`articles/${seedId}/`));
    expect(
      $('.breadcrumb a')
        .map((_, a) => [[$(a).text(), $(a).attr('href')]])
        .get(),
    ).toEqual([
      ['首页', path()],
      ['行业', path('industries/')],
      ['人工智能', path('industries/人工智能/')],
    ]);
    expect($('.article-header .article-tags a').first().text()).toBe('人工智能');
    expect(loadPage(site, path())('.lead a').attr('href')).toBe(path('rss.xml'));
  });

  test('has every page of the URL contract', () => {
    const pages = [
      '',
      `articles/${seedId}/`,
      'tags/',
      'tags/大模型产业/',
      'industries/',
      'industries/人工智能/',
      'tech/',
      'tech/生成式人工智能/',
      'search/',
      'insights/',
      'archive/',
      'archive/2024/11/',
      '404.html',
    ];
    for (const page of pages) expect(fileFor(site, path(page)), page).toBeDefined();
  });

  test('marks every page as Simplified Chinese', () => {
    for (const file of htmlFiles(site)) {
      expect(readFileSync(join(site.outDir, file), 'utf8'), file).toMatch(
        /^<!DOCTYPE html><html lang="zh-CN"/,
      );
    }
  });

  test('resolves every internal link, stylesheet and script', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(site)) {
      const $ = cheerio.load(readFileSync(join(site.outDir, file), 'utf8'));
      const pageUrl = new URL(`${site.base}${file.replace(/index\.html$/, '')}`, site.env.SITE_URL);
      $('a[href], link[href], script[src]').each((_, element) => {
        const url = new URL($(element).attr('href') ?? $(element).attr('src')!, pageUrl);
        if (url.origin === pageUrl.origin && !fileFor(site, url.pathname))
          broken.push(`${file} → ${url.pathname}`);
      });
    }
    expect(broken).toEqual([]);
  });

  test('shows the seed article with its source, text, seven events and nine term links', () => {
    const $ = loadPage(site, path(`articles/${seedId}/`));
    expect($('h1').text()).toBe('大模型产业方兴未艾 A股公司争相涉足');
    const source = $('a[href^="https://baijiahao.baidu.com/"]');
    expect(source.attr('href')).toBe(
      'https://baijiahao.baidu.com/s?id=1815300492146678934&wfr=spider&for=pc',
    );
    expect(source.text()).toBe('百家号');
    expect($('article').text()).toContain('天融信自主研发的天问大模型');
    expect($('.key-points ol > li')).toHaveLength(7);
    // The summary's first sentence stays; the sentence that only announces the list goes.
    expect($('.key-points > p').text()).toBe(
      '这篇文章主要讨论了中国大模型产业的迅速发展和广泛应用，以及A股公司争相涉足此领域的情况。',
    );
    // The term links at the end of the article; industries and technologies also appear under its title.
    const terms = (kind: string) =>
      $(`.article-terms a[href^="${path(kind)}/"]`)
        .map((_, a) => $(a).text())
        .get();
    expect(terms('tags')).toEqual(['大模型产业', '人工智能技术发展', 'A股公司布局']);
    expect(terms('tech')).toEqual(['人工智能大模型', '生成式人工智能', '多模态大模型']);
    expect(terms('industries')).toEqual(['人工智能', '大模型', '智能制造']);
  });

  test('lists the seed article on the page of each of its terms', () => {
    const $ = loadPage(site, path(`articles/${seedId}/`));
    const termLinks = $('.term-links a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(termLinks).toHaveLength(9);
    // With two articles a page the seed, the oldest article, may be on a term's numbered page.
    for (const href of termLinks) {
      const pages = [href, `${href}1/`, `${href}2/`].filter((page) => fileFor(site, page));
      const links = pages.flatMap((page) =>
        loadPage(site, page)(`.card :is(h2, h3) a[href="${path(`articles/${seedId}/`)}"]`).get(),
      );
      expect(links, href).toHaveLength(1);
    }
  });

  test('lists articles newest first, undated ones last by id, PAGE_SIZE a numbered page from the oldest and the rest on the first', () => {
    const pages = ['', 'page/1/'].map((page) => loadPage(site, path(page)));
    const ids = pages.map(($) =>
      $('.card :is(h2, h3) a')
        .map((_, a) => $(a).attr('href')!.split('/').at(-2))
        .get(),
    );
    expect(ids).toEqual([
      ['003_chip', '002_aigc', '004_unsafe'],
      ['001_cpp', seedId],
    ]);
    expect(fileFor(site, path('page/2/'))).toBeUndefined();
    const [first] = pages;
    const times = first!('.article-list time');
    expect(times.first().attr('datetime')).toBe('2024-11-06T10:30:00+08:00');
    expect(times.first().text()).toBe('2024年11月6日 10:30');
    expect(times.eq(1).attr('datetime')).toBe('2024-11-05');
    expect(times.eq(1).text()).toBe('2024年11月5日');
  });

  test('gives every card an excerpt that says what happened and the publisher of its source', () => {
    const cards = ['', 'page/1/'].flatMap((page) => {
      const $ = loadPage(site, path(page));
      return $('.article-list .card')
        .map((_, card) => [[$(card).find('.excerpt').text(), $(card).find('.source').text()]])
        .get();
    });
    expect(cards).toEqual([
      ['国产 AI 芯片出货量创新高，科大讯飞等企业加大采购。', 'example.com'],
      ['生成式人工智能带动 AI 芯片需求快速增长。', 'example.com'],
      ['要点里也有 alert(2) 和 坏链接：', 'example.com'],
      ['厂商发布 C++ 编程助手。', 'example.com'],
      [
        '天融信的天问大模型成功通过“生成式人工智能服务备案”，标志着其自主研发的大模型正式为公众提供服务。',
        '百家号',
      ],
    ]);
  });

  test('links each page of a list to its newer page with rel prev and its older one with rel next', () => {
    const bar = ($: ReturnType<typeof loadPage>) =>
      $('.pagination-pages a')
        .map((_, a) => `${$(a).text()} ${$(a).attr('href')}`)
        .get();
    const home = loadPage(site, path());
    expect(home('link[rel="prev"]')).toHaveLength(0);
    expect(home('link[rel="next"]').attr('href')).toBe(path('page/1/'));
    expect(bar(home)).toEqual([`最新 ${path()}`, `1 ${path('page/1/')}`]);
    expect(home('.pagination [aria-current="page"]').text()).toBe('最新');
    const oldest = loadPage(site, path('page/1/'));
    expect(oldest('link[rel="prev"]').attr('href')).toBe(path());
    expect(oldest('link[rel="next"]')).toHaveLength(0);
    expect(oldest('.pagination a[rel="prev"]').text()).toBe('较新');
    expect(oldest('.pagination [aria-current="page"]').attr('aria-label')).toBe('第 1 页');
    expect(oldest('h1').text()).toBe('最新文章 · 第 1 页');
    const term = loadPage(site, path('tech/生成式人工智能/'));
    expect(term('link[rel="next"]').attr('href')).toBe(path('tech/生成式人工智能/1/'));
    const numbered = loadPage(site, path('tech/生成式人工智能/1/'));
    expect(numbered('.article-list > li')).toHaveLength(2);
    expect(numbered('h1').text()).toBe('AI 技术：生成式人工智能 · 第 1 页');
    expect(numbered('head > title').text()).toBe(
      'AI 技术：生成式人工智能 · 第 1 页 · AI 行业新闻摘要',
    );
    // The count is on the first page alone: it changes with every new article.
    expect(term('.lead').text()).toContain('共 4 篇文章');
    expect(numbered('.lead').text()).not.toContain('篇');
    expect(fileFor(site, path('tech/生成式人工智能/2/'))).toBeUndefined();
  });

  test('sorts every taxonomy index by count and, on a second page, by name', () => {
    const labels = (page: string) => {
      const $ = loadPage(site, path(page));
      return $('.term-bars a, .term-index a')
        .map((_, a) => $(a).text())
        .get();
    };
    expect(labels('industries/')).toEqual([
      '人工智能',
      '半导体',
      '大模型',
      '智能制造',
      '网络安全',
      '软件',
    ]);
    expect(labels('industries/by-name/')).toEqual([
      '半导体',
      '大模型',
      '人工智能',
      '软件',
      '网络安全',
      '智能制造',
    ]);
    expect(loadPage(site, path('tags/by-name/'))('.sort-switch a').attr('href')).toBe(
      path('tags/'),
    );
  });

  test('groups the index by name under pinyin initials, A to Z then #, with a bar that jumps to each', () => {
    const $ = loadPage(site, path('tags/by-name/'));
    const groups = $('.initial-group')
      .map((_, group) => [
        [
          $(group).find('h2').text(),
          $(group)
            .find('.term-index a')
            .map((_, a) => $(a).text())
            .get(),
        ],
      ])
      .get();
    expect(groups).toEqual([
      ['A', ['a/b?#%+', 'A股公司布局', 'AI芯片', 'AIGC']],
      ['C', ['C', 'C#', 'C++']],
      ['D', ['大模型产业']],
      ['G', ['国产替代']],
      ['R', ['人工智能技术发展']],
      ['#其他', ['../etc', '<b>加粗</b>']],
    ]);
    const jumps = $('.initial-bar a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(jumps).toEqual([
      '#initial-A',
      '#initial-C',
      '#initial-D',
      '#initial-G',
      '#initial-R',
      '#initial-other',
    ]);
    for (const jump of jumps) expect($(jump).is('h2'), jump).toBe(true);
    expect($('.initial-bar li')).toHaveLength(27);
  });

  test('gives every term index a filter box that stays hidden until its script shows it', () => {
    for (const page of ['tags/', 'tags/by-name/', 'industries/', 'tech/by-name/']) {
      const $ = loadPage(site, path(page));
      expect($('.term-filter[hidden] input[type="search"]').attr('id'), page).toBe(
        $('.term-filter label').attr('for'),
      );
      expect($('[data-terms] > li').length, page).toBe(
        Number(/共 (\d+) 个/.exec($('.lead').text())![1]),
      );
    }
  });

  test('lists every term with its article count on the index pages', () => {
    const $ = loadPage(site, path('industries/'));
    const rows = $('.term-bars li')
      .map((_, li) => `${$(li).find('a').text()} ${$(li).find('.count').text()}`)
      .get();
    expect(rows).toContain('人工智能 2 篇');
    expect(rows).toContain('半导体 2 篇');
  });

  test('merges spellings of one term and gives symbol-laden terms one working page each', () => {
    const $ = loadPage(site, path('tags/'));
    const labels = $('.term-index a')
      .map((_, a) => $(a).text())
      .get();
    expect(labels.filter((label) => label.toLowerCase() === 'aigc')).toHaveLength(1);
    expect(
      labels.filter((label) => label.normalize('NFKC').toLowerCase() === 'ai芯片'),
    ).toHaveLength(1);
    const hrefs = $('.term-index a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (const label of ['C++', 'C#', 'C', 'a/b?#%+', '../etc']) {
      const href = $('.term-index a')
        .filter((_, a) => $(a).text() === label)
        .attr('href')!;
      expect(href, label).toMatch(new RegExp(`^${path('tags/')}[^/?#%]+/$`));
      expect(loadPage(site, href)('h1').text()).toBe(`关键词：${label}`);
    }
  });

  test('writes a search index of every article, and a result document for each', () => {
    const manifest: SearchManifest = JSON.parse(
      gunzipSync(readFileSync(join(site.outDir, 'search-index/manifest.bin'))).toString('utf8'),
    );
    expect(manifest.documents).toBe(5);
    // Five articles make one part, whose files are in the folder named by its key.
    expect(manifest.parts).toEqual([
      {
        key: expect.stringMatching(/^[0-9a-f]{16}$/),
        first: 0,
        documents: 5,
        shards: expect.any(Object),
      },
    ]);
    const [{ key, shards }] = manifest.parts as [SearchManifest['parts'][0]];
    for (const [family, count] of Object.entries(shards)) {
      expect(readdirSync(join(site.outDir, 'search-index', key, family)).sort()).toEqual(
        Array.from({ length: count }, (_, shard) => `${shard}.bin`).sort(),
      );
    }
    const documents = Array.from({ length: 5 }, (_, number): SearchDocument =>
      JSON.parse(
        gunzipSync(readFileSync(join(site.outDir, `search-index/docs/${number}.bin`))).toString(
          'utf8',
        ),
      ),
    );
    // Numbered from the oldest article, so that a new article leaves the others' numbers alone.
    const newestFirst: ArticleEntry[] = JSON.parse(
      readFileSync(join(site.outDir, 'articles.json'), 'utf8'),
    );
    expect(documents.map(({ url, title }) => [url, title])).toEqual(
      newestFirst.map(({ url, title }) => [new URL(url).pathname, title]).reverse(),
    );
  });

  test('shows record markup as text on the article page', () => {
    const $ = loadPage(site, path('articles/004_unsafe/'));
    expect($('h1').text()).toBe('<script>alert("title")</script>标题里的标签');
    expect($('head > title').text()).toBe(
      '<script>alert("title")</script>标题里的标签 · AI 行业新闻摘要',
    );
    expect($('.article-meta a').attr('href')).toBe('https://example.com/news/unsafe?a=1&b="2"');
    expect($('.article-body').text()).toContain('和 ，还有 链接。');
    expect($('.key-points').text()).toContain('要点');
  });

  test('runs no record markup on any page', () => {
    for (const file of htmlFiles(site)) {
      const $ = cheerio.load(readFileSync(join(site.outDir, file), 'utf8'));
      const handlers = $('*').filter((_, element) =>
        Object.keys($(element).attr() ?? {}).some((name) => name.startsWith('on')),
      );
      expect(handlers.length, file).toBe(0);
      // The publisher's logo is the one image a page may hold.
      expect($('iframe, img:not(.site-logo), object, embed').length, file).toBe(0);
      expect($('[href^="javascript:" i], [src^="javascript:" i]').length, file).toBe(0);
      const scripts = $('script').filter(
        (_, script) => $(script).attr('type') !== 'application/ld+json',
      );
      for (const script of scripts)
        expect($(script).text() + ($(script).attr('src') ?? ''), file).not.toContain('alert');
    }
  });

  test.each([
    ['', '<script>alert("title")</script>标题里的标签'],
    ['tech/生成式人工智能/1/', '<script>alert("title")</script>标题里的标签'],
    ['industries/网络安全/', '<script>alert("title")</script>标题里的标签'],
    ['tags/', '<b>加粗</b>'],
    ['articles/004_unsafe/', '<b>加粗</b>'],
  ])('shows record markup on %j as the text %j', (place, text) => {
    const $ = loadPage(site, path(place));
    expect($('main a').filter((_, a) => $(a).text() === text).length, place).toBeGreaterThan(0);
  });

  test('cleans the scraped seed text into sections and paragraphs', () => {
    const $ = loadPage(site, path(`articles/${seedId}/`));
    const body = $('.article-body');
    expect(
      body
        .find('h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['市场前景广阔', '各地争相加大投入', '上市公司积极布局']);
    for (const doubled of [
      '市场前景广阔市场前景广阔',
      '各地争相加大投入各地争相加大投入',
      '上市公司积极布局上市公司积极布局',
    ]) {
      expect(body.text()).not.toContain(doubled);
    }
    for (const trailer of ['更多精彩资讯请在应用市场下载', '版权声明', '报料热线', '举报/反馈'])
      expect(body.text()).not.toContain(trailer);
    expect(body.find('p').length).toBeGreaterThanOrEqual(10);
    expect(
      Math.max(
        ...body
          .find('p')
          .map((_, p) => $(p).text().length)
          .get(),
      ),
    ).toBeLessThan(400);
    expect(body.text()).toContain('大模型的通用智能必须细化到各个行业');
  });
});
