import { describe, expect, test } from 'vitest';
import { assignSlugs, slugify } from '../../src/taxonomy/slug.ts';

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

  test.each(['a/b', '?#%+', '..', '../..', 'x y', '大模型/产业'])('never yields a path separator, dot segment or empty slug for %j', (key) => {
    const slug = slugify(key);
    expect(slug).not.toMatch(/[/?#%\\\s]/);
    expect(['', '.', '..']).not.toContain(slug);
  });
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
