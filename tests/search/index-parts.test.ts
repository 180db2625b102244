import { describe, expect, test } from 'vitest';
import { splitIndex, type IndexedPage } from '../../src/search/index-parts.ts';

const pages = (date: string | null, count: number): IndexedPage[] => Array.from({ length: count }, (_, i) => ({ file: `${date ?? 'undated'}-${i}.html`, date }));
const shape = (input: IndexedPage[], maxPages: number) => splitIndex(input, maxPages).map((part) => [part.key, part.from, part.pages.length]);

describe('splitIndex', () => {
  test('makes one part a month, newest first, the undated articles last', () => {
    const input = [...pages(null, 2), ...pages('2024-10-03', 2), ...pages('2024-11-20', 1), ...pages('2024-10-31', 1), ...pages('2024-11-01', 3)];
    expect(shape(input, 100)).toEqual([
      ['2024-11-01', '2024-11-01', 4],
      ['2024-10-03', '2024-10-03', 3],
      ['undated', null, 2],
    ]);
  });

  test('cuts a busy month between days, keeping a day above the limit whole', () => {
    const input = [...pages('2024-11-01', 3), ...pages('2024-11-02', 2), ...pages('2024-11-03', 7), ...pages('2024-11-04', 1), ...pages('2024-12-01', 1)];
    expect(shape(input, 5)).toEqual([
      ['2024-12-01', '2024-12-01', 1],
      ['2024-11-04', '2024-11-04', 1],
      ['2024-11-03', '2024-11-03', 7],
      ['2024-11-01', '2024-11-01', 5],
    ]);
  });

  test('keeps every page exactly once', () => {
    const input = [...pages('2024-01-15', 30), ...pages('2024-02-01', 12), ...pages(null, 4), ...pages('2023-12-31', 9)];
    const files = splitIndex(input, 10).flatMap((part) => part.pages.map((page) => page.file));
    expect(files.sort()).toEqual(input.map((page) => page.file).sort());
  });

  test('leaves earlier months alone when an article is added to the newest one', () => {
    const before = [...pages('2024-10-03', 4), ...pages('2024-11-01', 2)];
    const after = [...before, { file: 'new.html', date: '2024-11-02' }];
    expect(splitIndex(after, 100).slice(1)).toEqual(splitIndex(before, 100).slice(1));
  });
});
