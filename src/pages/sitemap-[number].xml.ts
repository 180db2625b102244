import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapFile, sitemapFiles, type SitemapPage } from '../feeds/dated-sitemap.ts';
import { getSiteData } from '../site/articles.ts';
import { getHubData } from '../site/hub-data.ts';

export const getStaticPaths = (async () =>
  sitemapFiles(await getSiteData(), await getHubData()).map((pages, number) => ({
    params: { number: String(number) },
    props: { pages },
  }))) satisfies GetStaticPaths;

/** One sitemap file of the pages of the site. */
export const GET: APIRoute<{ pages: SitemapPage[] }> = ({ props, site }) =>
  sitemapFile(props.pages, site);
