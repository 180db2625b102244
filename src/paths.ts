import type { TaxonomyKind } from './taxonomy/kinds.ts';

// Every internal URL is built here, under the configured base path.
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A path inside the site, under the base path. */
export function sitePath(path = ''): string {
  return `${base}${path}`;
}

/** The page of one article. */
export function articlePath(id: string): string {
  return sitePath(`articles/${id}/`);
}

/** The index page of a taxonomy. */
export function taxonomyPath(kind: TaxonomyKind): string {
  return sitePath(`${kind}/`);
}

/** The page of one term of a taxonomy. */
export function termPath(kind: TaxonomyKind, slug: string): string {
  return sitePath(`${kind}/${slug}/`);
}

/** The search page, optionally with a query. */
export function searchPath(query?: string): string {
  return sitePath(query ? `search/?q=${encodeURIComponent(query)}` : 'search/');
}
