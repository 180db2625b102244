import type { APIRoute } from 'astro';
import { articleFeed, feedSize } from '../feeds/article-feed.ts';
import { getSiteData } from '../site/articles.ts';

/** The RSS feed of the whole site. */
export const GET: APIRoute = async (context) => {
  const { articles } = await getSiteData();
  return articleFeed(context, {
    title: 'AI 行业新闻摘要',
    description: '每日精选人工智能产业资讯。',
    path: '',
    articles: articles.slice(0, feedSize),
  });
};
