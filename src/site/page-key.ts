import { createHash } from 'node:crypto';
import { isMainThread } from 'node:worker_threads';

/**
 * The `cacheKey` of a page for Astro's incremental build: a hash of the data the page shows.
 * Astro copies a page from the last build when its key and its route's code are unchanged, so
 * the key must cover everything on the page that is not code.
 */
export function pageKey(shown: unknown): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url');
}

/**
 * A page's `cacheKey`, to spread into what `getStaticPaths` returns for it: the page key of what
 * `shown` gives, computed on the main thread alone, where Astro's build decides which pages to
 * render. A render worker thread (see `render-threads.ts`) lists the pages only to render those it
 * is sent, so it skips the work, which for every article page includes finding its related
 * articles.
 */
export function cacheKey(shown: () => unknown): { cacheKey?: string } {
  return isMainThread ? { cacheKey: pageKey(shown()) } : {};
}
