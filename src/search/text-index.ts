import { FieldIndex, Vocabulary } from './field-index.ts';
import { hashText } from './hash-text.ts';
import { ByteWriter } from './varint.ts';

/**
 * The files of the search index, by family: for the head (title and terms) and the body (text and
 * event summary) of the articles, `…d` holds the articles containing each string of one to three
 * characters, and `…p` the positions of each three-character string in each article.
 */
export const indexFamilies = ['hd', 'hp', 'bd', 'bp'] as const;

/** A family of index files. */
export type IndexFamily = (typeof indexFamilies)[number];

/** One article as the index sees it: the fields of its head and of its body, as written in the record. */
export interface IndexedDocument {
  head: readonly string[];
  body: readonly string[];
}

/** The built index: how many articles it holds and the shard files of every family. */
export interface TextIndex {
  documents: number;
  files: Record<IndexFamily, Uint8Array[]>;
}

const maxShards = 16384;

// What a character of an article's head or body adds to each family, in bytes, measured on Chinese
// news: short head fields hold many distinct strings for their length, bodies many positions.
const bytesPerCharacter: Record<IndexFamily, number> = { hd: 3.2, hp: 2.8, bd: 0.55, bp: 2.3 };

/**
 * How many shard files each family gets, a power of two sized from the length of the text, so that
 * the site's routes can be listed before the index is built. A shard of article lists aims at
 * `partBytes`, a shard of positions, about twice as long, at twice as much.
 */
export function planShards(
  documents: readonly IndexedDocument[],
  partBytes = 8 * 1024,
): Record<IndexFamily, number> {
  // Shards are sized so that a query fetches a few kilobytes a string, whatever the size of the archive.
  const shardBytes = { d: partBytes, p: 2 * partBytes };
  const length = (part: 'head' | 'body') =>
    documents.reduce(
      (sum, document) => sum + document[part].reduce((total, text) => total + text.length, 0),
      0,
    );
  const characters = { h: length('head'), b: length('body') };
  return Object.fromEntries(
    indexFamilies.map((family) => {
      const bytes = characters[family[0] as 'h' | 'b'] * bytesPerCharacter[family];
      let shards = 1;
      while (shards < maxShards && shards * shardBytes[family[1] as 'd' | 'p'] < bytes) shards *= 2;
      return [family, shards];
    }),
  ) as Record<IndexFamily, number>;
}

/** The articles indexed so far, `documents` of them, to write out or to add more to. */
export interface IndexedFields {
  documents: number;
  vocabulary: Vocabulary;
  head: FieldIndex;
  body: FieldIndex;
}

/**
 * Indexes articles numbered 0…n-1: every string of one to three characters with the articles that
 * contain it, and every three-character string with its positions, so that the browser can match
 * a longer word exactly as consecutive three-character strings. Given `from`, the index of the
 * first `from.documents` of the same articles, it adds only the rest, to the same result.
 */
export function indexDocuments(
  documents: readonly IndexedDocument[],
  from?: IndexedFields,
): IndexedFields {
  const vocabulary = from?.vocabulary ?? new Vocabulary();
  const fields = from ?? {
    documents: 0,
    vocabulary,
    head: new FieldIndex(vocabulary),
    body: new FieldIndex(vocabulary),
  };
  for (let number = fields.documents; number < documents.length; number++) {
    fields.head.add(number, documents[number]!.head);
    fields.body.add(number, documents[number]!.body);
  }
  return { ...fields, documents: documents.length };
}

/**
 * Writes indexed articles in the planned number of shards. Each shard file goes through `finish` as
 * it is written (the build compresses it), so that the raw files are never all held at once.
 */
export function writeTextIndex(
  { documents, vocabulary, head, body }: IndexedFields,
  shards: Record<IndexFamily, number>,
  finish: (shard: Uint8Array) => Uint8Array = (shard) => shard.slice(),
): TextIndex {
  return {
    documents,
    files: {
      hd: writeShards(head, vocabulary, shards.hd, 'docs', finish),
      hp: writeShards(head, vocabulary, shards.hp, 'positions', finish),
      bd: writeShards(body, vocabulary, shards.bd, 'docs', finish),
      bp: writeShards(body, vocabulary, shards.bp, 'positions', finish),
    },
  };
}

/** Indexes articles numbered 0…n-1 (see `indexDocuments`) and writes them in the planned number of shards (see `writeTextIndex`). */
export function buildTextIndex(
  documents: readonly IndexedDocument[],
  shards = planShards(documents),
  finish?: (shard: Uint8Array) => Uint8Array,
): TextIndex {
  return writeTextIndex(indexDocuments(documents), shards, finish);
}

/** The shard of a family that holds a string, for a family of `shards` files. */
export function shardOf(key: string, shards: number): number {
  return hashText(key) & (shards - 1);
}

const encoder = new TextEncoder();

/** Splits a family's lists into shards by the hash of their string; each entry is its string, then its list, each with its length. */
function writeShards(
  field: FieldIndex,
  vocabulary: Vocabulary,
  shards: number,
  lists: 'docs' | 'positions',
  finish: (shard: Uint8Array) => Uint8Array,
): Uint8Array[] {
  const byShard = Array.from({ length: shards }, () => [] as number[]);
  field.keys.forEach((key, list) => {
    if (lists === 'docs' || field.hasPositions(list))
      byShard[shardOf(vocabulary.text(key), shards)]!.push(list);
  });
  const payload = new ByteWriter();
  return byShard.map((shard) => {
    const out = new ByteWriter();
    const entries = shard.map((list) => ({ list, text: vocabulary.text(field.keys[list]!) }));
    for (const { list, text } of entries.sort((a, b) =>
      a.text < b.text ? -1 : a.text > b.text ? 1 : 0,
    )) {
      const key = encoder.encode(text);
      out.uint(key.length);
      out.append(key);
      payload.clear();
      if (lists === 'docs') field.writeDocs(list, payload);
      else field.writePositions(list, payload);
      out.uint(payload.written().length);
      out.append(payload.written());
    }
    return finish(out.written());
  });
}
