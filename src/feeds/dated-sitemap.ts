import { isoDateTime } from '../normalize/dates.ts';
import {
  archiveMonthPath,
  archivePath,
  articlePath,
  homePath,
  insightsPath,
  searchPath,
  sitemapFilePath,
  taxonomyOrders,
  taxonomyPath,
  termPath,
} from '../paths.ts';
import { homePages, termPages, type Article, type SiteData } from '../site/articles.ts';
import { archivePages, type HubData } from '../site/hub-data.ts';
import { settings } from '../site/settings.ts';
import type { ListPage } from '../site/paginate.ts';
import { taxonomyKinds } from '../taxonomy/kinds.ts';

/** A page in the sitemap: its path and, where it shows dated articles, the date of the newest (from `parseDate`). */
export interface SitemapPage {
  path: string;
  date?: string;
}

// The most URLs that one sitemap file may hold (sitemaps.org).
const sitemapSize = 50_000;

/**
 * Every page of the site but the 404 page, cut into sitemap files. An article page is dated by its
 * article; the home page, the archive and the first page of a term or a month by their newest article.
 */
export function sitemapFiles(
  siteData: SiteData,
  { archive }: Pick<HubData, 'archive'>,
): SitemapPage[][] {
  const { articles, taxonomies } = siteData;
  // Lists are newest first with undated articles last, so a first page's first article is the newest dated one, if any.
  const newest = (page: ListPage<Article>) =>
    page.number === undefined ? page.items[0]?.data.date : undefined;
  const pages: SitemapPage[] = [
    ...homePages(siteData).map((page) => ({ path: homePath(page.number), date: newest(page) })),
    ...articles.map((article) => ({ path: articlePath(article.id), date: article.data.date })),
    ...taxonomyKinds.flatMap(({ kind }) => [
      ...taxonomyOrders.map((order) => ({ path: taxonomyPath(kind, order) })),
      ...taxonomies[kind].terms.flatMap((term) =>
        termPages(term, siteData).map((page) => ({
          path: termPath(kind, term.slug, page.number),
          date: newest(page),
        })),
      ),
    ]),
    { path: insightsPath() },
    { path: archivePath(), date: archive[0]?.articles[0]!.data.date },
    ...archive.flatMap((month) =>
      archivePages(month).map((page) => ({
        path: archiveMonthPath(month.month, page.number),
        date: newest(page),
      })),
    ),
    { path: searchPath() },
  ];
  return Array.from({ length: Math.ceil(pages.length / sitemapSize) }, (_, index) =>
    pages.slice(index * sitemapSize, (index + 1) * sitemapSize),
  );
}

/** One sitemap file: the absolute URL of each of its pages, with `lastmod` where the page has a date. */
export function sitemapFile(pages: SitemapPage[], site: URL | undefined): Response {
  const urls = pages.map(({ path, date }) => `<url>${entry(path, date, site)}</url>`);
  return xmlResponse(
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`,
  );
}

/** The sitemap index: every sitemap file, with the newest date of its pages as `lastmod`. */
export function sitemapIndex(files: SitemapPage[][], site: URL | undefined): Response {
  const newest = (pages: SitemapPage[]) =>
    pages.reduce<string | undefined>(
      (latest, { date }) => (date && (!latest || date > latest) ? date : latest),
      undefined,
    );
  const sitemaps = files.map(
    (pages, number) => `<sitemap>${entry(sitemapFilePath(number), newest(pages), site)}</sitemap>`,
  );
  return xmlResponse(
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${sitemaps.join('')}</sitemapindex>`,
  );
}

// The `<loc>` and `<lastmod>` of a sitemap entry.
function entry(path: string, date: string | undefined, site: URL | undefined): string {
  const loc = `<loc>${escapeXml(new URL(path, site).href)}</loc>`;
  return date ? `${loc}<lastmod>${isoDateTime(date, settings.timeZone)}</lastmod>` : loc;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function xmlResponse(body: string): Response {
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>${body}`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
