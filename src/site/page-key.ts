import { createHash } from 'node:crypto';

/**
 * The `cacheKey` of a page for Astro's incremental build: a hash of the data the page shows.
 * Astro copies a page from the last build when its key and its route's code are unchanged, so
 * the key must cover everything on the page that is not code.
 */
export function pageKey(shown: unknown): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url');
}
