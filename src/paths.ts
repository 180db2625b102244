import { siteConfig } from './config.ts';
import type { TaxonomyKind } from './taxonomy/kinds.ts';

// Every internal URL is built here, under the configured base path.

/** A path inside the site, under the base path. */
export function sitePath(path = ''): string {
  return `${siteConfig().basePath}${path}`;
}

/** A page of the latest articles: the home page, then `/page/2/`, `/page/3/`, … */
export function homePath(page = 1): string {
  return sitePath(page === 1 ? '' : `page/${page}/`);
}

/** The page of one article. */
export function articlePath(id: string): string {
  return sitePath(`articles/${id}/`);
}

/** The index page of a taxonomy, by article count or by name. */
export function taxonomyPath(kind: TaxonomyKind, order: 'count' | 'name' = 'count'): string {
  return sitePath(order === 'count' ? `${kind}/` : `${kind}/by-name/`);
}

/** A page of one term: `/tags/<term>/`, then `/tags/<term>/2/`, … */
export function termPath(kind: TaxonomyKind, slug: string, page = 1): string {
  return sitePath(page === 1 ? `${kind}/${slug}/` : `${kind}/${slug}/${page}/`);
}

/** The RSS feed of one term. */
export function termFeedPath(kind: TaxonomyKind, slug: string): string {
  return sitePath(`${kind}/${slug}/rss.xml`);
}

/** The search page. */
export function searchPath(): string {
  return sitePath('search/');
}
