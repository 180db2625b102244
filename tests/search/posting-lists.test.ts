import fc from 'fast-check';
import { expect, test } from 'vitest';
import { PostingLists } from '../../src/search/posting-lists.ts';
import { ByteWriter } from '../../src/search/varint.ts';

test('interleaved lists read back exactly what a writer of each list alone writes', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(40), fc.oneof(fc.nat(200), fc.nat())), { maxLength: 3000 }),
      (writes) => {
        const lists = new PostingLists();
        const expected = new Map<number, ByteWriter>();
        for (const [list, value] of writes) {
          lists.uint(list, value);
          if (!expected.has(list)) expected.set(list, new ByteWriter());
          expected.get(list)!.uint(value);
        }
        for (let list = 0; list <= 40; list++) {
          const out = new ByteWriter();
          lists.copyTo(list, out);
          const bytes = expected.get(list)?.result() ?? new Uint8Array();
          expect(lists.length(list)).toBe(bytes.length);
          expect(out.result()).toEqual(bytes);
        }
      },
    ),
  );
});

test('a list longer than the largest slice chains slices of that size', () => {
  const lists = new PostingLists();
  const expected = new ByteWriter();
  for (let value = 0; value < 200_000; value++) {
    lists.uint(1, value % 300);
    lists.uint(0, 7);
    expected.uint(value % 300);
  }
  const out = new ByteWriter();
  lists.copyTo(1, out);
  expect(out.result()).toEqual(expected.result());
  expect(lists.length(0)).toBe(200_000);
});

test('lists past the first thousand and a buffer past its first megabyte keep their bytes', () => {
  const lists = new PostingLists();
  for (let list = 0; list < 5000; list++)
    for (let byte = 0; byte < 300; byte++) lists.uint(list, list % 128);
  expect(lists.length(4999)).toBe(300);
  expect(lists.length(5000)).toBe(0);
  const out = new ByteWriter();
  lists.copyTo(4321, out);
  expect(out.result()).toEqual(new Uint8Array(300).fill(4321 % 128));
});

test('lists that outgrow their bound say so', () => {
  const lists = new PostingLists(2000);
  expect(() => {
    for (let list = 0; list < 1000; list++) lists.uint(list, 1);
  }).toThrow('outgrew the 2000 bytes');
});
