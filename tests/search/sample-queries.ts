import { articlesContaining, searchedFields } from '../../scripts/bench/search-truth.ts';
import type { PublishedRecord } from '../../src/records/check-seeds.ts';

/** The ground truth of a corpus: which articles literally contain every word of a query. */
export interface Truth {
  records: { id: string; text: string; keywords: string[] }[];
  matching(query: string): Set<string>;
}

/** Reads the published records into the truth of the bench (`scripts/bench/search-truth.ts`). */
export function truthFor(published: readonly PublishedRecord[]): Truth {
  const fields = new Map(published.map((entry) => [entry.id, searchedFields(entry)]));
  return {
    records: published.map(({ id, record }) => ({
      id,
      text: record.text ?? '',
      keywords: record.keywords,
    })),
    matching: (query) => articlesContaining(query, fields),
  };
}

// Queries every corpus is asked: symbols, mixed scripts, full-width forms, quotes, absent words, and the
// company and topic names of the hand-written search fixtures.
const fixed = [
  'C++',
  'c#',
  'GPT-4o',
  'AI芯片',
  'ＡＩ芯片',
  '5G-A',
  'Embodied AI',
  'HUMANOID',
  'openai',
  '“具身智能”',
  '"深度求索"',
  '「科大讯飞」',
  '区块链',
  '科大讯飞 区块链',
  '新能源布局',
  '科大讯飞',
  '深度求索',
  '字节跳动',
  '天融信',
  '宁德时代',
  '芯片',
  '大模型',
  'A股',
  'AIGC',
  '具身智能',
  '华为 芯片',
  '百度 自动驾驶',
  '寒武纪 A股',
];

/** A deterministic sample of queries of every kind the search must answer exactly. */
export function sampleQueries(truth: Truth, seed = 11): { query: string; kind: string }[] {
  const next = mulberry32(seed);
  // `next` is below 1, and no list picked from is empty.
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const withText = truth.records.filter((record) => record.text.length > 20);
  const cut = (length: number) => {
    for (;;) {
      const characters = Array.from(pick(withText).text);
      const start = Math.floor(next() * (characters.length - length));
      const piece = characters.slice(start, start + length).join('');
      if (!/[\s"“”「」]/u.test(piece)) return piece;
    }
  };
  const keywords = [...new Set(truth.records.flatMap((record) => record.keywords))]
    .map((keyword) => ({ keyword, count: truth.matching(keyword).size }))
    .sort((a, b) => b.count - a.count || (a.keyword < b.keyword ? -1 : 1));
  const third = Math.ceil(keywords.length / 3);
  const bands = [
    keywords.slice(0, third),
    keywords.slice(third, 2 * third),
    keywords.slice(2 * third),
  ];
  const queries = [
    ...bands.flatMap((band, index) =>
      Array.from({ length: 4 }, () => ({
        query: pick(band).keyword,
        kind: `keyword band ${index + 1}`,
      })),
    ),
    ...Array.from({ length: 14 }, () => ({
      query: cut(2 + Math.floor(next() * 5)),
      kind: 'substring',
    })),
    ...Array.from({ length: 6 }, () => ({
      query: `${pick(keywords).keyword} ${cut(2 + Math.floor(next() * 3))}`,
      kind: 'two words',
    })),
    ...Array.from({ length: 5 }, () => ({ query: cut(1), kind: 'one character' })),
    ...fixed.map((query) => ({ query, kind: 'fixed' })),
  ];
  return queries.filter(
    ({ query }, index) => queries.findIndex((other) => other.query === query) === index,
  );
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
