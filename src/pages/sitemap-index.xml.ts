import type { APIRoute } from 'astro';
import { sitemapFiles, sitemapIndex } from '../feeds/dated-sitemap.ts';
import { getSiteData } from '../site/articles.ts';
import { getHubData } from '../site/hub-data.ts';

/** The sitemap index, which robots.txt names. */
export const GET: APIRoute = async ({ site }) =>
  sitemapIndex(sitemapFiles(await getSiteData(), await getHubData()), site);
