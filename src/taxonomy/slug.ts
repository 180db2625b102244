import { createHash } from 'node:crypto';
import { byNameSegment } from '../paths.ts';

// Symbols that carry meaning in technology names (`C++`, `C#`) keep it in the slug as words.
const symbolWords: Record<string, string> = { '+': 'plus', '#': 'sharp', '&': 'and', '@': 'at' };

/** The most UTF-8 bytes a slug may have: well under the 255 a file name may have, with room for `/2/` and `rss.xml` beside it. */
export const maxSlugBytes = 100;

/**
 * Turns a term key into one readable, URL-safe path segment of at most `maxSlugBytes`; Chinese stays as it is,
 * and a longer segment is cut at a character and ends in `_` and a hash of the whole key.
 */
export function slugify(key: string): string {
  const slug = readableSlug(key);
  return Buffer.byteLength(slug) <= maxSlugBytes ? slug : withHash(slug, key, '_', 8);
}

function readableSlug(key: string): string {
  const slug = key
    .replace(/[+#&@]/gu, (symbol) => `-${symbolWords[symbol]}-`)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return slug === '' ? 'term' : slug;
}

/** A slug cut to leave room for a separator and the first `length` hex digits of the key's hash, then those. */
function withHash(slug: string, key: string, separator: string, length: number): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, length);
  let cut = '';
  let bytes = separator.length + length;
  for (const character of slug) {
    bytes += Buffer.byteLength(character);
    if (bytes > maxSlugBytes) break;
    cut += character;
  }
  return `${cut.replace(/-+$/u, '')}${separator}${hash}`;
}

// Path segments that taxonomy index pages use themselves (`/tags/by-name/`).
const reservedSlugs = new Set([byNameSegment]);

/**
 * Gives every key its own slug: a key whose slug is shared or reserved gets a suffix from its own
 * hash, so it never depends on other keys.
 */
export function assignSlugs(keys: Iterable<string>): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const key of keys) {
    const base = slugify(key);
    byBase.set(base, [...(byBase.get(base) ?? []), key]);
  }
  const slugs = new Map<string, string>();
  for (const [base, group] of byBase) {
    for (const key of group) {
      const unique = (group.length === 1 || key === base) && !reservedSlugs.has(base);
      slugs.set(key, unique ? base : withHash(base, key, '-', 6));
    }
  }
  // A suffix can still meet another slug only by design: a term written as another's suffixed slug
  // (`c-1a2b3c`), or terms made to share a hash prefix. Those take their whole hash after `_`,
  // which no readable slug contains and no other slug ends in.
  const users = new Map<string, number>();
  for (const slug of slugs.values()) users.set(slug, (users.get(slug) ?? 0) + 1);
  for (const [key, slug] of slugs) {
    if (users.get(slug)! > 1 && slug !== key)
      slugs.set(key, withHash(readableSlug(key), key, '_', 64));
  }
  return slugs;
}
