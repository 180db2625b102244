import { describe, expect, test } from 'vitest';
import { termFeedPath, termPath } from '../../src/paths.ts';
import { assignSlugs, maxSlugBytes, slugify } from '../../src/taxonomy/slug.ts';

describe('slugify', () => {
  test.each([
    ['大模型产业', '大模型产业'],
    ['ai芯片', 'ai芯片'],
    ['c++', 'c-plus-plus'],
    ['c#', 'c-sharp'],
    ['a/b?c', 'a-b-c'],
    ['50%', '50'],
    ['..', 'term'],
    ['../x', 'x'],
    ['open ai lab', 'open-ai-lab'],
  ])('turns %j into the path segment %j', (key, slug) => {
    expect(slugify(key)).toBe(slug);
  });

  test.each(['a/b', '?#%+', '..', '../..', 'x y', '大模型/产业'])(
    'never yields a path separator, dot segment or empty slug for %j',
    (key) => {
      const slug = slugify(key);
      expect(slug).not.toMatch(/[/?#%\\\s]/);
      expect(['', '.', '..']).not.toContain(slug);
    },
  );
});

describe('assignSlugs', () => {
  test('gives colliding keys different slugs, keeping the plain one for the key that equals it', () => {
    const slugs = assignSlugs(['c', 'c?', 'c!']);
    expect(slugs.get('c')).toBe('c');
    expect(slugs.get('c?')).toMatch(/^c-[0-9a-f]{6}$/);
    expect(new Set(slugs.values()).size).toBe(3);
  });

  test('never gives a term the slug of the by-name index page', () => {
    expect(assignSlugs(['by name']).get('by name')).toMatch(/^by-name-[0-9a-f]{6}$/);
  });

  test('gives a key the same slug whatever other keys exist', () => {
    const alone = assignSlugs(['a/b', 'a?b']).get('a/b');
    const crowded = assignSlugs(['x', 'a?b', 'y', 'a/b', 'a b']).get('a/b');
    expect(crowded).toBe(alone);
  });
});

describe('slugify with long keys', () => {
  const bytes = (slug: string) => Buffer.byteLength(slug);

  test('cuts the slug at a character and ends it in a hash of the whole key when the key has 200 characters', () => {
    const key = '人工智能'.repeat(50);
    const slug = slugify(key);
    expect(bytes(slug)).toBeLessThanOrEqual(maxSlugBytes);
    // 30 characters of 3 bytes, then `_` and 8 hex digits.
    expect(slug).toMatch(new RegExp(`^${key.slice(0, 30)}_[0-9a-f]{8}$`, 'u'));
    expect(slugify(key)).toBe(slug);
  });

  test('gives different slugs when two long keys share their first 100 characters', () => {
    const prefix = '大'.repeat(100);
    const [a, b] = [slugify(`${prefix}模型`), slugify(`${prefix}数据`)];
    expect(a).not.toBe(b);
    expect([bytes(a), bytes(b)].every((length) => length <= maxSlugBytes)).toBe(true);
    expect(assignSlugs([`${prefix}模型`, `${prefix}数据`])).toEqual(
      new Map([
        [`${prefix}模型`, a],
        [`${prefix}数据`, b],
      ]),
    );
  });

  test('keeps the slug as it is when it has exactly the byte limit', () => {
    const key = `${'模'.repeat(33)}a`;
    expect(bytes(key)).toBe(maxSlugBytes);
    expect(slugify(key)).toBe(key);
  });

  test.each([
    ['emoji and combining marks', `${'😀e\u0301'.repeat(40)}`],
    ['symbols that become words', 'c++'.repeat(60)],
    ['a cut that would end in a dash', `${'a'.repeat(90)} ${'b'.repeat(30)}`],
  ])(
    'stays within the byte limit, without a dash before the hash, when a long key holds %s',
    (_, key) => {
      const slug = slugify(key);
      expect(bytes(slug)).toBeLessThanOrEqual(maxSlugBytes);
      expect(slug).toMatch(/[^-]_[0-9a-f]{8}$/u);
    },
  );

  test('keeps every segment of the term page and feed paths within the byte limit when the term is long', () => {
    const slug = slugify('行'.repeat(200));
    for (const path of [
      termPath('industries', slug),
      termPath('industries', slug, 12),
      termFeedPath('industries', slug),
    ]) {
      expect(Math.max(...path.split('/').map(bytes)), path).toBeLessThanOrEqual(maxSlugBytes);
    }
  });
});

describe('assignSlugs with made-up collisions', () => {
  test('gives every key its own slug when one key is written as the suffixed slug of another', () => {
    const suffixed = assignSlugs(['c', 'c?']).get('c?')!;
    const slugs = assignSlugs(['c', 'c?', suffixed]);
    expect(slugs.get(suffixed)).toBe(suffixed);
    expect(slugs.get('c?')).toMatch(/^c_[0-9a-f]{64}$/);
    expect(new Set(slugs.values()).size).toBe(3);
  });
});
