import type { TaxonomyKind } from './taxonomy/kinds.ts';

// Every internal URL is built here, under the configured base path. Astro sets `BASE_URL` to it in a
// build; scripts that run outside one get paths from the root.
const basePath: string = import.meta.env?.BASE_URL ?? '/';

/** A path inside the site, under the base path. */
export function sitePath(path = ''): string {
  return `${basePath}${path}`;
}

/** The `[...page]` route parameter of a page of the latest articles: none for the first page, `page/1` for the oldest, … */
export function homePageParam(page: number | undefined): string | undefined {
  return page === undefined ? undefined : `page/${page}`;
}

/** A page of the latest articles: the home page, or a numbered page counted from the oldest, `/page/1/`, `/page/2/`, … */
export function homePath(page?: number): string {
  return directoryPath(homePageParam(page));
}

/** The page of one article. */
export function articlePath(id: string): string {
  return sitePath(`articles/${id}/`);
}

/** The orders of a taxonomy index: by article count, then by name. */
export const taxonomyOrders = ['count', 'name'] as const;

/** An order of a taxonomy index. */
export type TaxonomyOrder = (typeof taxonomyOrders)[number];

/** The path segment of a taxonomy index ordered by name (`/tags/by-name/`), which no term may take as its slug. */
export const byNameSegment = 'by-name';

/** The `[...order]` route parameter of a taxonomy index: none by article count, `by-name` by name. */
export function taxonomyOrderParam(order: TaxonomyOrder): string | undefined {
  return order === 'count' ? undefined : byNameSegment;
}

/** The index page of a taxonomy, by article count or by name. */
export function taxonomyPath(kind: TaxonomyKind, order: TaxonomyOrder = 'count'): string {
  return directoryPath(kind, taxonomyOrderParam(order));
}

/** The `[...page]` route parameter of a page of one term: none for the first page, `1` for the oldest, … */
export function termPageParam(page: number | undefined): string | undefined {
  return page === undefined ? undefined : String(page);
}

/** A page of one term: the first page `/tags/<term>/`, or a numbered page counted from the oldest, `/tags/<term>/1/`, … */
export function termPath(kind: TaxonomyKind, slug: string, page?: number): string {
  return directoryPath(kind, slug, termPageParam(page));
}

/** The RSS feed of one term. */
export function termFeedPath(kind: TaxonomyKind, slug: string): string {
  return sitePath(`${kind}/${slug}/rss.xml`);
}

/** The overview page: industries by AI technologies, rising terms and the largest terms. */
export function insightsPath(): string {
  return sitePath('insights/');
}

/** The index of the month archives. */
export function archivePath(): string {
  return sitePath('archive/');
}

/** The route parameters of a page of a month archive (`YYYY-MM`), its pages numbered as a term's. */
export function archiveMonthParams(month: string, page: number | undefined) {
  const [year, number] = month.split('-') as [string, string];
  return { year, month: number, page: termPageParam(page) };
}

/** A page of a month archive: the first page `/archive/2024/12/`, or a numbered page counted from the oldest, `/archive/2024/12/1/`, … */
export function archiveMonthPath(month: string, page?: number): string {
  const { year, month: number, page: param } = archiveMonthParams(month, page);
  return directoryPath('archive', year, number, param);
}

/** The search page. */
export function searchPath(): string {
  return sitePath('search/');
}

/** The RSS feed of the whole site. */
export function feedPath(): string {
  return sitePath('rss.xml');
}

/** The sitemap index, which names the sitemap files. */
export function sitemapPath(): string {
  return sitePath('sitemap-index.xml');
}

/** One sitemap file, numbered from 0. */
export function sitemapFilePath(number: number): string {
  return sitePath(`sitemap-${number}.xml`);
}

// A page's path from its segments, each followed by a slash; segments that are undefined are left out.
function directoryPath(...segments: (string | undefined)[]): string {
  return sitePath(segments.map((segment) => (segment === undefined ? '' : `${segment}/`)).join(''));
}
