import { foldText } from '../normalize/fold.ts';
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

// Fields are joined with a character that a folded query never holds, so no match spans two fields.
const separator = '\u0000';
// Characters get dense ids below 2^17, so that three of them make one safe integer key.
const idBase = 2 ** 17;
const maxShards = 16384;

// What a character of an article's head or body adds to each family, in bytes, measured on Chinese
// news: short head fields hold many distinct strings for their length, bodies many positions.
const bytesPerCharacter: Record<IndexFamily, number> = { hd: 1.6, hp: 1.4, bd: 0.55, bp: 2.3 };

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

/**
 * Builds the search index of articles numbered 0…n-1 in the planned number of shards: every string
 * of one to three characters is indexed with the articles that contain it, and every
 * three-character string with its positions, so that the browser can match a longer word exactly
 * as consecutive three-character strings.
 */
export function buildTextIndex(
  documents: readonly IndexedDocument[],
  shards = planShards(documents),
): TextIndex {
  const vocabulary = new Vocabulary();
  const head = indexField(
    documents.map((document) => document.head),
    vocabulary,
  );
  const body = indexField(
    documents.map((document) => document.body),
    vocabulary,
  );
  return {
    documents: documents.length,
    files: {
      hd: writeShards(head.docs, vocabulary, encodeDocs, shards.hd),
      hp: writeShards(head.positions, vocabulary, encodePositions, shards.hp),
      bd: writeShards(body.docs, vocabulary, encodeDocs, shards.bd),
      bp: writeShards(body.positions, vocabulary, encodePositions, shards.bp),
    },
  };
}

/** How many shard files each family of an index has, which the browser needs to find a string's shard. */
export function shardCounts({ files }: TextIndex): Record<IndexFamily, number> {
  return { hd: files.hd.length, hp: files.hp.length, bd: files.bd.length, bp: files.bp.length };
}

/** The shard of a family that holds a string, for a family of `shards` files. */
export function shardOf(key: string, shards: number): number {
  return hashText(key) & (shards - 1);
}

class Vocabulary {
  private ids = new Map<string, number>([[separator, 0]]);
  private characters = [separator];

  id(character: string): number {
    let id = this.ids.get(character);
    if (id === undefined) {
      id = this.characters.push(character) - 1;
      if (id >= idBase)
        throw new Error(
          `The records use more than ${idBase - 1} different characters, more than the search index can hold.`,
        );
      this.ids.set(character, id);
    }
    return id;
  }

  text(key: number): string {
    let text = '';
    for (; key > 0; key = Math.floor(key / idBase)) text = this.characters[key % idBase] + text;
    return text;
  }
}

function indexField(fields: readonly (readonly string[])[], vocabulary: Vocabulary) {
  const docs = new Map<number, number[]>();
  const positions = new Map<number, PositionList>();
  fields.forEach((texts, document) => {
    const ids = Array.from(foldText(texts.join(separator)), (character) =>
      vocabulary.id(character),
    );
    for (let index = 0; index < ids.length; index++) {
      let key = 0;
      for (let length = 1; length <= 3 && index + length <= ids.length; length++) {
        const id = ids[index + length - 1]!;
        if (id === 0) break;
        key = key * idBase + id;
        // Articles come in order, so an article is new to a list unless it is the list's last.
        const list = docs.get(key);
        if (!list) docs.set(key, [document]);
        else if (list[list.length - 1] !== document) list.push(document);
        if (length === 3) addPosition(positions, key, document, index);
      }
    }
  });
  return { docs, positions: new Map([...positions].map(([key, entry]) => [key, entry.flat])) };
}

/** The positions of one three-character string: for each article containing it, the article, the count and the positions. */
interface PositionList {
  flat: number[];
  document: number;
  countAt: number;
}

function addPosition(
  positions: Map<number, PositionList>,
  key: number,
  document: number,
  position: number,
): void {
  let entry = positions.get(key);
  if (!entry) positions.set(key, (entry = { flat: [], document: -1, countAt: 0 }));
  if (entry.document !== document) {
    entry.document = document;
    entry.countAt = entry.flat.push(document, 0) - 1;
  }
  entry.flat[entry.countAt]!++;
  entry.flat.push(position);
}

function encodeDocs(docs: number[], out: ByteWriter): void {
  out.uint(docs.length);
  let previous = 0;
  for (const doc of docs) {
    out.uint(doc - previous);
    previous = doc;
  }
}

function encodePositions(flat: number[], out: ByteWriter): void {
  const starts: number[] = [];
  // `flat` is a run of entries, each the article, the count and that many positions (`addPosition`).
  for (let index = 0; index < flat.length; index += 2 + flat[index + 1]!) starts.push(index);
  out.uint(starts.length);
  let previousDoc = 0;
  for (const start of starts) {
    const doc = flat[start]!;
    const count = flat[start + 1]!;
    out.uint(doc - previousDoc);
    out.uint(count);
    previousDoc = doc;
    let previous = 0;
    for (let index = start + 2; index < start + 2 + count; index++) {
      const position = flat[index]!;
      out.uint(position - previous);
      previous = position;
    }
  }
}

const encoder = new TextEncoder();

/** Splits a family's entries into shards by the hash of their string; each entry is its string, then its payload, each with its length. */
function writeShards(
  entries: Map<number, number[]>,
  vocabulary: Vocabulary,
  encode: (value: number[], out: ByteWriter) => void,
  shards: number,
): Uint8Array[] {
  const encoded = [...entries].map(([key, value]) => {
    const text = vocabulary.text(key);
    const payload = new ByteWriter();
    encode(value, payload);
    return { text, payload: payload.result() };
  });
  const byShard = Array.from({ length: shards }, () => [] as typeof encoded);
  for (const entry of encoded) byShard[shardOf(entry.text, shards)]!.push(entry);
  return byShard.map((shard) => {
    const out = new ByteWriter();
    for (const { text, payload } of shard.sort((a, b) =>
      a.text < b.text ? -1 : a.text > b.text ? 1 : 0,
    )) {
      const key = encoder.encode(text);
      out.uint(key.length);
      out.append(key);
      out.uint(payload.length);
      out.append(payload);
    }
    return out.result();
  });
}
