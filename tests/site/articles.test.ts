import { describe, expect, test, vi } from 'vitest';
import { ArticleTexts, articleTextsDir } from '../../src/loader/article-texts.ts';
import {
  articleKey,
  articleSummaryTexts,
  articleBody,
  buildTaxonomies,
  type Article,
} from '../../src/site/articles.ts';
import { pageKey } from '../../src/site/page-key.ts';

// The site module reads the collection through Astro; these tests hand it articles directly.
vi.mock('astro:content', () => ({ getCollection: vi.fn() }));

const article = (digest: string, keywords = ['大模型']) =>
  ({
    id: 'a',
    digest,
    collection: 'articles',
    data: { title: '甲', hasEvents: true, keywords, aiTech: [], industries: [] },
  }) as unknown as Article;

// The event summaries and text of the records, as the loader keeps them beside the store.
const texts = new ArticleTexts(articleTextsDir(process.env.NEWS_DIGEST_CACHE!));
texts.write('1', { events: '旧的摘要。' });
texts.write('2', { events: '新的摘要。' });
texts.write('3', { text: '华为发布新品。', events: '摘要。' });

const taxonomiesOf = (...articles: Article[]) => buildTaxonomies(articles);

describe('articleSummaryTexts', () => {
  test('derives the excerpt, summary and feed description again when the record of an article changes', () => {
    expect(articleSummaryTexts(article('1'))).toEqual({
      excerpt: '旧的摘要。',
      summaryHtml: '<p>旧的摘要。</p>',
      feedHtml: '<p>旧的摘要。</p>',
    });
    expect(articleSummaryTexts(article('2'))).toEqual({
      excerpt: '新的摘要。',
      summaryHtml: '<p>新的摘要。</p>',
      feedHtml: '<p>新的摘要。</p>',
    });
  });
});

describe('articleBody', () => {
  test('renders the text of an article and counts it with the summary for reading, which its summary texts do not hold', () => {
    const withText = article('3');
    expect(articleBody(withText)).toEqual({ textHtml: '<p>华为发布新品。</p>', readingUnits: 8 });
    expect(articleSummaryTexts(withText)).toEqual({
      excerpt: '摘要。',
      summaryHtml: '<p>摘要。</p>',
      feedHtml: '<p>摘要。</p>',
    });
    expect(articleBody(article('1'))).toEqual({ readingUnits: 4 });
  });
});

describe('articleKey', () => {
  test('computes the key again for new taxonomies, whose slugs and labels may differ', () => {
    const before = article('1', ['AIGC']);
    expect(articleKey(before, taxonomiesOf(before))).toBe(
      pageKey(['a', '1', [[['aigc', 'AIGC']], [], []]]),
    );
    const other = { ...article('1', ['aigc']), id: 'b' } as Article;
    const spelledByBoth = taxonomiesOf(before, other, { ...other, id: 'c' } as Article);
    expect(articleKey(before, spelledByBoth)).toBe(
      pageKey(['a', '1', [[['aigc', 'aigc']], [], []]]),
    );
  });
});
