import { describe, expect, test, vi } from 'vitest';
import {
  articleKey,
  articleSummaryTexts,
  buildTaxonomies,
  type Article,
} from '../../src/site/articles.ts';
import { pageKey } from '../../src/site/page-key.ts';

// The site module reads the collection through Astro; these tests hand it articles directly.
vi.mock('astro:content', () => ({ getCollection: vi.fn() }));

const article = (digest: string, events: string, keywords = ['大模型']) =>
  ({
    id: 'a',
    digest,
    collection: 'articles',
    data: { title: '甲', events, keywords, aiTech: [], industries: [] },
  }) as unknown as Article;

const taxonomiesOf = (...articles: Article[]) => buildTaxonomies(articles);

describe('articleSummaryTexts', () => {
  test('derives the excerpt, summary and feed description again when the record of an article changes', () => {
    expect(articleSummaryTexts(article('1', '旧的摘要。'))).toEqual({
      excerpt: '旧的摘要。',
      summaryHtml: '<p>旧的摘要。</p>',
      feedHtml: '<p>旧的摘要。</p>',
    });
    expect(articleSummaryTexts(article('2', '新的摘要。'))).toEqual({
      excerpt: '新的摘要。',
      summaryHtml: '<p>新的摘要。</p>',
      feedHtml: '<p>新的摘要。</p>',
    });
  });
});

describe('articleKey', () => {
  test('computes the key again for new taxonomies, whose slugs and labels may differ', () => {
    const before = article('1', '摘要。', ['AIGC']);
    expect(articleKey(before, taxonomiesOf(before))).toBe(
      pageKey(['a', '1', [[['aigc', 'AIGC']], [], []]]),
    );
    const other = { ...article('1', '摘要。', ['aigc']), id: 'b' } as Article;
    const spelledByBoth = taxonomiesOf(before, other, { ...other, id: 'c' } as Article);
    expect(articleKey(before, spelledByBoth)).toBe(
      pageKey(['a', '1', [[['aigc', 'aigc']], [], []]]),
    );
  });
});
