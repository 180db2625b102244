import { createHash } from 'node:crypto';

// Symbols that carry meaning in technology names (`C++`, `C#`) keep it in the slug as words.
const symbolWords: Record<string, string> = { '+': 'plus', '#': 'sharp', '&': 'and', '@': 'at' };

/** Turns a term key into one readable, URL-safe path segment; Chinese stays as it is. */
export function slugify(key: string): string {
  const slug = key
    .replace(/[+#&@]/gu, (symbol) => `-${symbolWords[symbol]}-`)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return slug === '' ? 'term' : slug;
}

// Path segments that taxonomy index pages use themselves (`/tags/by-name/`).
const reservedSlugs = new Set(['by-name']);

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
      slugs.set(key, unique ? base : `${base}-${createHash('sha256').update(key).digest('hex').slice(0, 6)}`);
    }
  }
  return slugs;
}
