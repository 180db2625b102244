import { statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builds, fileFor, loadPage, sites } from './built-site.ts';

const seedId = '000_14c0c9d93e9386f0';

describe.each(sites)(
  'timelines, hubs, archives and the overview of the $name fixture build',
  (site) => {
    const path = (rest = '') => `${site.base}${rest}`;
    const texts = ($: ReturnType<typeof loadPage>, selector: string) =>
      $(selector)
        .map((_, element) => $(element).text().trim())
        .get();
    const links = ($: ReturnType<typeof loadPage>, selector: string) =>
      $(selector)
        .map((_, a) => [[$(a).text().trim(), $(a).attr('href')]])
        .get();

    test('groups dated articles under day headings, undated ones last, and leaves an undated page a plain list', () => {
      const home = loadPage(site, path());
      expect(texts(home, '.day-heading')).toEqual(['11月6日 周三', '11月5日 周二', '未注明日期']);
      expect(home('.day-heading time').first().attr('datetime')).toBe('2024-11-06');
      expect(home('.day-heading + .article-list > li > h3')).toHaveLength(3);
      const undated = loadPage(site, path('page/1/'));
      expect(undated('.day-heading')).toHaveLength(0);
      expect(undated('.article-list > li > h2')).toHaveLength(2);
      const term = loadPage(site, path('industries/人工智能/'));
      expect(texts(term, '.day-heading')).toEqual(['11月6日 周三', '未注明日期']);
      expect(
        term(`.day-heading + .article-list h3 a[href="${path(`articles/${seedId}/`)}"]`),
      ).toHaveLength(1);
    });

    test('opens the first page of a term with its monthly trend, related terms and key events', () => {
      const $ = loadPage(site, path('tech/生成式人工智能/'));
      expect($('.hub figcaption').text()).toBe('近 3 个月 2 篇，前 3 个月没有');
      expect($('.hub svg').attr('aria-labelledby')).toBe($('.hub figcaption').attr('id'));
      expect(texts($, '.hub svg rect title')).toEqual(['2024年11月：2 篇']);
      expect(texts($, '.trend-table tbody tr')).toEqual(['2024年11月2']);
      expect(texts($, '.hub h3')).toEqual(['关键词', '行业']);
      expect(links($, '.hub-list a')).toEqual([
        ['AI芯片', path('tags/ai芯片/')],
        ['人工智能', path('industries/人工智能/')],
        ['半导体', path('industries/半导体/')],
      ]);
      expect(texts($, '.hub-list .count')).toEqual(['2', '2', '2']);
      expect(links($, '.key-events a')).toEqual([
        ['要点里也有 alert(2) 和 坏链接：', path('articles/004_unsafe/')],
        [
          '天融信的天问大模型成功通过“生成式人工智能服务备案”，标志着其自主研发的大模型正式为公众提供服务。',
          path(`articles/${seedId}/`),
        ],
      ]);
      expect(loadPage(site, path('tech/生成式人工智能/1/'))('.hub')).toHaveLength(0);
      // A term with no dated article has no trend, and its hub the rest.
      const undated = loadPage(site, path('tech/代码生成/'));
      expect(undated('.hub-trend')).toHaveLength(0);
    });

    test('archives the dated articles by month, linked from the footer of every page', () => {
      const home = loadPage(site, path());
      expect(links(home, '.site-footer a')).toEqual([
        ['按月归档', path('archive/')],
        ['洞察', path('insights/')],
      ]);
      const index = loadPage(site, path('archive/'));
      expect(index('.lead').text()).toBe('1 个月、2 篇注明日期的文章，按发布月份浏览。');
      expect(links(index, '.archive-months a')).toEqual([['2024年11月', path('archive/2024/11/')]]);
      expect(texts(index, '.archive-months .count')).toEqual(['2 篇']);
      const month = loadPage(site, path('archive/2024/11/'));
      expect(month('h1').text()).toBe('2024年11月');
      expect(month('head > title').text()).toBe('2024年11月 · AI 行业新闻摘要');
      expect(texts(month, '.day-heading')).toEqual(['11月6日 周三', '11月5日 周二']);
      expect(
        month('.card h3 a')
          .map((_, a) => month(a).attr('href'))
          .get(),
      ).toEqual([path('articles/003_chip/'), path('articles/002_aigc/')]);
    });

    test('shows the industries by AI technologies in an accessible table with shaded cells, and links the overview from the navigation', () => {
      const $ = loadPage(site, path('insights/'));
      expect(links($, '.site-nav a[aria-current="page"]')).toEqual([['洞察', path('insights/')]]);
      expect($('.matrix caption').text()).toBe('行业 × AI 技术');
      expect($('.matrix').parent().attr('aria-labelledby')).toBe('matrix-title');
      expect($('.matrix').parent().prev('.hub-note').text()).toBe(
        '文章数最多的 6 个行业与 4 项 AI 技术：每格是同时属于两者的文章数，颜色越深越多。',
      );
      expect(texts($, '.matrix thead th')).toEqual([
        '生成式人工智能',
        '人工智能大模型',
        '代码生成',
        '多模态大模型',
      ]);
      const first = $('.matrix tbody tr').first();
      expect(first.find('th[scope="row"] a').attr('href')).toBe(path('industries/人工智能/'));
      expect(
        first
          .find('td')
          .map((_, td) => [[$(td).text(), $(td).attr('title'), $(td).attr('style')]])
          .get(),
      ).toEqual([
        ['2', '人工智能 × 生成式人工智能：2 篇', '--share: 1.00'],
        ['1', '人工智能 × 人工智能大模型：1 篇', '--share: 0.50'],
        ['0', '人工智能 × 代码生成：0 篇', '--share: 0.00'],
        ['1', '人工智能 × 多模态大模型：1 篇', '--share: 0.50'],
      ]);
      expect($('#rising-title').text()).toBe('2024年11月上升最快');
      expect(texts($, '.top-terms h2')).toEqual(['热门关键词', '热门行业', '热门 AI 技术']);
    });
  },
);

describe('timelines, hubs, archives and the overview of the 500-record builds', () => {
  test('find rising terms, trends over 24 months and key events in a dated archive, on light pages', () => {
    const site = builds.dated;
    const insights = loadPage(site, '/insights/');
    expect(insights('.rising tbody tr').length).toBeGreaterThan(0);
    expect(insights('.matrix tbody tr')).toHaveLength(12);
    expect(insights('.matrix thead th')).toHaveLength(10);
    const largest = insights('.top-terms').eq(1).find('a').first().attr('href')!;
    const hub = loadPage(site, largest);
    expect(hub('.hub svg rect')).toHaveLength(24);
    expect(hub('.hub figcaption').text()).toMatch(/^近 3 个月 \d+ 篇，较前 3 个月 [+−±]\d+%$/);
    expect(hub('.key-events li')).toHaveLength(5);
    for (const page of ['/insights/', largest, '/archive/', '/archive/2024/12/'])
      expect(statSync(fileFor(site, page)!).size, page).toBeLessThan(60 * 1024);
  });

  test('give an undated archive everything that needs no dates, and say what dates would add', () => {
    const site = builds.undated;
    const insights = loadPage(site, '/news/insights/');
    expect(insights('.lead').first().text()).toContain('这些文章都没有注明日期');
    expect(insights('.rising')).toHaveLength(0);
    expect(insights('.matrix tbody tr')).toHaveLength(12);
    expect(loadPage(site, '/news/archive/')('.lead').text()).toContain('无法按月归档');
    const largest = insights('.top-terms').eq(1).find('a').first().attr('href')!;
    const hub = loadPage(site, largest);
    expect(hub('.hub-trend, .day-heading')).toHaveLength(0);
    expect(hub('.hub-list a').length).toBeGreaterThan(0);
    expect(hub('.key-events li')).toHaveLength(5);
  });
});
