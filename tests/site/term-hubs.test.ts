import { describe, expect, test, vi } from 'vitest';
import { ArticleTexts, articleTextsDir } from '../../src/loader/article-texts.ts';
import { articleSummaryTexts, buildTaxonomies, type Article } from '../../src/site/articles.ts';
import { buildHubData } from '../../src/site/hub-data.ts';
import { buildInsights, termHub } from '../../src/site/term-hubs.ts';

// The site module reads the collection through Astro; these tests hand it articles directly.
vi.mock('astro:content', () => ({ getCollection: vi.fn() }));

// Eight articles, newest first as the site orders them, whose counts are worked out by hand below.
// 人工智能 is on every article; 芯片 is new in December; a7 has no event summary, a1 no date.
const rows: [string, string | undefined, string[], string, string, string | undefined][] = [
  ['a8', '2024-12-20', ['大模型', '芯片'], '金融', '生成式AI', '1. 八号事件。\n2. 其他。'],
  ['a7', '2024-12-10', ['芯片'], '制造', '视觉', undefined],
  [
    'a6',
    '2024-12-02',
    ['芯片', '大模型'],
    '金融',
    '生成式AI',
    '以下是文章中提到的重大事件：\n\n1. 六号事件。',
  ],
  ['a5', '2024-11-15', ['大模型'], '金融', '生成式AI', '1. 五号事件。'],
  ['a4', '2024-10-01', ['大模型'], '制造', '视觉', '1. 四号事件。'],
  ['a3', '2024-09-09', ['大模型'], '金融', '生成式AI', '1. 三号事件。'],
  ['a2', '2024-08-08', ['大模型'], '制造', '视觉', '1. 二号事件。'],
  ['a1', undefined, ['大模型'], '金融', '生成式AI', '1. 一号事件。'],
];
const articles = rows.map(
  ([id, date, keywords, industry, tech, events]) =>
    ({
      id,
      digest: id,
      collection: 'articles',
      data: {
        title: `标题${id}`,
        date,
        hasEvents: events !== undefined,
        keywords,
        industries: [industry, '人工智能'],
        aiTech: [tech],
      },
    }) as unknown as Article,
);
// The records have no text: the loader keeps their event summaries beside the store.
const texts = new ArticleTexts(articleTextsDir(process.env.NEWS_DIGEST_CACHE!));
rows.forEach(([id, , , , , events]) => texts.write(id, { events }));
const taxonomies = buildTaxonomies(articles);
const siteData = { articles, taxonomies, byId: new Map(articles.map((a) => [a.id, a])) };
const hubData = buildHubData(siteData);
const term = (kind: keyof typeof taxonomies, label: string) =>
  taxonomies[kind].terms.find((candidate) => candidate.label === label)!;
const hub = (kind: keyof typeof taxonomies, label: string) =>
  termHub(term(kind, label), hubData, siteData);

describe('buildHubData', () => {
  test('spans every month from the first dated article to the last, and archives each month newest first', () => {
    expect(hubData.months).toEqual(['2024-08', '2024-09', '2024-10', '2024-11', '2024-12']);
    expect(
      hubData.archive.map(({ month, articles }) => [month, articles.map(({ id }) => id)]),
    ).toEqual([
      ['2024-12', ['a8', 'a7', 'a6']],
      ['2024-11', ['a5']],
      ['2024-10', ['a4']],
      ['2024-09', ['a3']],
      ['2024-08', ['a2']],
    ]);
  });

  test('gives an undated collection no months and no archive', () => {
    const undated = articles.map(
      (article) => ({ ...article, data: { ...article.data, date: undefined } }) as Article,
    );
    const data = buildHubData({ articles: undated, taxonomies });
    expect([data.months, data.archive, buildInsights(data, { taxonomies }).rising]).toEqual([
      [],
      [],
      undefined,
    ]);
  });
});

describe('termHub', () => {
  test.each([
    ['tags', '大模型', [1, 1, 1, 1, 2], { recent: 4, before: 2, change: 100 }],
    ['tags', '芯片', [0, 0, 0, 0, 3], { recent: 3, before: 0, change: undefined }],
    ['industries', '金融', [0, 1, 0, 1, 2], { recent: 3, before: 1, change: 200 }],
    ['tech', '视觉', [1, 0, 1, 0, 1], { recent: 2, before: 1, change: 100 }],
  ] as const)('counts the dated articles of %s %s in each month', (kind, label, counts, change) => {
    const { trend } = hub(kind, label);
    expect(trend?.months.map(({ count }) => count)).toEqual(counts);
    expect(trend?.change).toEqual(change);
  });

  test('relates terms by lift, leaving out a term on every article however many it shares', () => {
    // 金融 is on 5 of 8 articles; it shares 5 with 生成式AI (on 5), 5 with 大模型 (on 7), 2 with
    // 芯片 (on 3) and 5 with 人工智能 (on all 8): lifts 1.6, 1.14, 1.07 and 1.
    const related = hub('industries', '金融').related.map(({ kind, partners }) => [
      kind,
      partners.map(({ term, count }) => [term.label, count]),
    ]);
    expect(related).toEqual([
      [
        'tags',
        [
          ['大模型', 5],
          ['芯片', 2],
        ],
      ],
      ['tech', [['生成式AI', 5]]],
    ]);
  });

  test('lists the key events of the newest articles that have an event summary', () => {
    expect(
      hub('tags', '芯片').events.map((article) => [
        article.id,
        articleSummaryTexts(article).excerpt,
      ]),
    ).toEqual([
      ['a8', '八号事件。'],
      ['a6', '六号事件。'],
    ]);
    expect(hub('tags', '大模型').events.map((article) => article.id)).toEqual([
      'a8',
      'a6',
      'a5',
      'a4',
      'a3',
    ]);
  });
});

describe('buildInsights', () => {
  const insights = buildInsights(hubData, siteData);

  test('crosses the industries with the AI technologies, largest first', () => {
    const { rows, columns, cells, max } = insights.matrix;
    expect(rows.map(({ label }) => label)).toEqual(['人工智能', '金融', '制造']);
    expect(columns.map(({ label }) => label)).toEqual(['生成式AI', '视觉']);
    expect(cells).toEqual([
      [5, 3],
      [5, 0],
      [0, 3],
    ]);
    expect(max).toBe(5);
  });

  test('finds the terms that rose in the newest month against the three before', () => {
    // December against September to November: 芯片 3 against a mean of 0 (ratio 4), 人工智能 3
    // against 1 (ratio 2); the others have fewer than three articles in December.
    expect(insights.rising?.month).toBe('2024-12');
    expect(
      insights.rising?.terms.map(({ item, current, average }) => [
        item.term.label,
        current,
        average,
      ]),
    ).toEqual([
      ['芯片', 3, 0],
      ['人工智能', 3, 1],
    ]);
  });

  test('lists the largest terms of each taxonomy', () => {
    expect(insights.largest.map(({ terms }) => terms.map(({ label }) => label))).toEqual([
      ['大模型', '芯片'],
      ['人工智能', '金融', '制造'],
      ['生成式AI', '视觉'],
    ]);
  });
});
