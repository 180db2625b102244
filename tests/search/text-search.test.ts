import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldText } from '../../src/normalize/fold.ts';
import { cutParts } from '../../src/search/index-parts.ts';
import {
  buildTextIndex,
  planShards,
  type IndexedDocument,
  type TextIndex,
} from '../../src/search/text-index.ts';
import {
  coveringOffsets,
  matchWord,
  type IndexPart,
  type ShardSource,
} from '../../src/search/text-search.ts';

/** The index of the documents in parts of at most `maxArticles`, as the build cuts it, with a source of its files. */
function openIndex(
  documents: IndexedDocument[],
  maxArticles = documents.length,
): { parts: IndexPart[]; source: ShardSource } {
  const files = new Map<string, TextIndex['files']>();
  const ids = documents.map((_, number) => `${number}_article`);
  const parts = cutParts(ids, Math.max(1, maxArticles)).map(({ first, count }) => {
    const part = documents.slice(first, first + count);
    const shards = planShards(part);
    const key = `part-${first}`;
    files.set(key, buildTextIndex(part, shards).files);
    return { key, first, documents: count, shards };
  });
  return { parts, source: async (part, family, shard) => files.get(part.key)![family][shard]! };
}

/** The articles whose fields literally contain the word after folding: the ground truth. */
function containing(documents: IndexedDocument[], part: 'head' | 'body', word: string): number[] {
  const folded = foldText(word).trim();
  return documents.flatMap((document, number) =>
    document[part].some((field) => foldText(field).includes(folded)) ? [number] : [],
  );
}

const documents: IndexedDocument[] = [
  { head: ['新能源布局加速', '新能源布局'], body: ['多家企业加快新能源布局。'] },
  { head: ['新能源汽车'], body: ['新能源汽车企业正在布局海外市场。'] },
  { head: ['C++ 与 C# 的 AI芯片'], body: ['GPT-4o 发布，ＡＩ芯片需求大增；5G-A 商用。'] },
  { head: ['短视频'], body: ['短视频竞争加剧', '芯'] },
];

describe('matchWord', () => {
  const { parts, source } = openIndex(documents);

  test.each([
    ['新能源布局', [0], [0]],
    ['新能源', [0, 1], [0, 1]],
    ['新能源储能', [], []],
    ['c++', [2], []],
    ['C#', [2], []],
    ['gpt-4o', [], [2]],
    ['ai芯片', [2], [2]],
    ['ＡＩ芯片', [2], [2]],
    ['5g-a', [], [2]],
    ['芯', [2], [2, 3]],
    ['短视频竞争', [], [3]],
    ['频竞', [], [3]],
    ['争芯', [], []],
  ])('finds exactly the articles containing %s', async (word, head, body) => {
    expect(await matchWord(word, parts, source)).toEqual({ head, body });
  });

  test('never matches across two fields', async () => {
    // The first head field ends in 加速 and the second starts with 新能源.
    expect((await matchWord('加速新能源', parts, source)).head).toEqual([]);
  });

  test('agrees with literal containment on any text and any substring', async () => {
    const alphabet = fc.constantFrom(...'新能源布局汽车 AaＢb+-。，芯片', '😀', '𠀀');
    const field = fc.string({ unit: alphabet, maxLength: 40 });
    const document = fc.record({
      head: fc.array(field, { maxLength: 3 }),
      body: fc.array(field, { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(document, { minLength: 1, maxLength: 12 }),
        fc.string({ unit: alphabet, minLength: 1, maxLength: 7 }),
        fc.integer({ min: 1, max: 12 }),
        async (docs, word, maxArticles) => {
          fc.pre(foldText(word).trim() !== '');
          // Cut into parts or not, the index finds the same articles, numbered from the first.
          const index = openIndex(docs, maxArticles);
          const found = await matchWord(word, index.parts, index.source);
          expect(found).toEqual({
            head: containing(docs, 'head', word),
            body: containing(docs, 'body', word),
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('coveringOffsets', () => {
  test.each([
    [4, [0, 1]],
    [6, [0, 3]],
    [7, [0, 3, 4]],
    [9, [0, 3, 6]],
  ])('covers every character of a word of %i characters', (length, offsets) => {
    expect(coveringOffsets(length)).toEqual(offsets);
  });
});

describe('matchWord on a long article', () => {
  test('finds a word among many occurrences of its parts, and only where they are consecutive', async () => {
    // 能源 and 布局 occur hundreds of times apart; 新能源布局 once, at the end.
    const body = `${'新能源汽车布局，'.repeat(400)}新能源布局`;
    const { parts, source } = openIndex([
      { head: [], body: [body] },
      { head: [], body: ['新能源汽车布局'.repeat(300)] },
    ]);
    expect(await matchWord('新能源布局', parts, source)).toEqual({ head: [], body: [0] });
    expect(await matchWord('汽车布局，新能', parts, source)).toEqual({ head: [], body: [0] });
  });

  test('finds the strings of articles that hold tens of thousands of different ones', async () => {
    // 40,000 characters drawn at random from 400 (the same every run), so that they hold about
    // 75,000 different strings of one to three; the next two articles repeat its start and its end.
    let state = 1;
    const body = Array.from({ length: 40_000 }, () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return String.fromCodePoint(0x4e00 + ((state >>> 16) % 400));
    }).join('');
    const docs = [body, body.slice(0, 60), body.slice(-60)].map((text) => ({
      head: [],
      body: [text],
    }));
    // In one part, so that the strings the first article adds are found again in the others.
    const { parts, source } = openIndex(docs, 100);
    for (const at of [0, 2, 30, 20_000, 39_950, 39_990]) {
      const word = body.slice(at, at + 4);
      expect(await matchWord(word, parts, source)).toEqual({
        head: [],
        body: containing(docs, 'body', word),
      });
    }
  });

  test('reports a shard cut short instead of reading past its end', async () => {
    const { parts, source } = openIndex([{ head: ['国产芯片'], body: [] }]);
    const cut: ShardSource = async (part, family, shard) =>
      (await source(part, family, shard)).subarray(0, 6);
    await expect(matchWord('国产芯片', parts, cut)).rejects.toThrow(
      'The search index ends in the middle of a number.',
    );
  });
});
