import { foldText } from '../normalize/fold.ts';
import { shardOf, type IndexFamily } from './text-index.ts';
import { ByteReader } from './varint.ts';

/**
 * One part of the index, an index of its own over a run of consecutive articles: its key (the
 * folder of its files), the number of its first article, how many articles it holds, and how many
 * shard files each family has. Its lists hold article numbers counted from its first article.
 */
export interface IndexPart {
  key: string;
  first: number;
  documents: number;
  shards: Record<IndexFamily, number>;
}

/** What the browser reads first: the number of articles and the parts of the index, oldest first. */
export interface IndexManifest {
  documents: number;
  parts: IndexPart[];
}

/** Fetches one shard file of a part of the index, uncompressed. */
export type ShardSource = (
  part: IndexPart,
  family: IndexFamily,
  shard: number,
) => Promise<Uint8Array>;

/** The articles containing one word, by article number in ascending order: in the head (title and terms) and in the body. */
export interface WordMatches {
  head: number[];
  body: number[];
}

/**
 * Finds the articles that contain a word exactly, after folding, looking it up in every part at
 * once: a word of up to three characters is looked up directly; a longer one is matched as
 * three-character strings at consecutive positions, so that the result is exact whatever the
 * language, with no word segmentation.
 */
export async function matchWord(
  word: string,
  parts: readonly IndexPart[],
  source: ShardSource,
): Promise<WordMatches> {
  const characters = Array.from(foldText(word).trim());
  const found = await Promise.all(
    parts.map(async (part) => {
      const matchField = (field: 'h' | 'b') =>
        characters.length <= 3
          ? lookupDocs(`${field}d`, characters.join(''), part, source)
          : matchLong(`${field}p`, characters, part, source);
      const [head, body] = await Promise.all([matchField('h'), matchField('b')]);
      // Parts come oldest first, so the numbers stay in ascending order.
      const toGlobal = (docs: number[]) => docs.map((doc) => part.first + doc);
      return { head: toGlobal(head), body: toGlobal(body) };
    }),
  );
  return {
    head: found.flatMap((matches) => matches.head),
    body: found.flatMap((matches) => matches.body),
  };
}

async function lookupDocs(
  family: IndexFamily,
  key: string,
  part: IndexPart,
  source: ShardSource,
): Promise<number[]> {
  const reader = await findEntry(family, key, part, source);
  if (!reader) return [];
  const docs: number[] = [];
  let doc = 0;
  for (let count = reader.uint(); count > 0; count--) docs.push((doc += reader.uint()));
  return docs;
}

async function matchLong(
  family: IndexFamily,
  characters: string[],
  part: IndexPart,
  source: ShardSource,
): Promise<number[]> {
  const offsets = coveringOffsets(characters.length);
  const lists = await Promise.all(
    offsets.map(async (offset) =>
      readPositions(
        await findEntry(family, characters.slice(offset, offset + 3).join(''), part, source),
      ),
    ),
  );
  const [first, ...rest] = lists;
  const matches: number[] = [];
  if (!first) return matches;
  for (const [doc, starts] of first) {
    const others = rest.map((list) => list.get(doc));
    if (others.some((positions) => positions === undefined)) continue;
    const found = starts.some((start) =>
      others.every((positions, index) => includes(positions!, start + offsets[index + 1]!)),
    );
    if (found) matches.push(doc);
  }
  return matches;
}

/** The offsets of three-character strings that together cover a word of `length` ≥ 3 characters. */
export function coveringOffsets(length: number): number[] {
  const offsets: number[] = [];
  for (let offset = 0; offset < length - 3; offset += 3) offsets.push(offset);
  offsets.push(length - 3);
  return offsets;
}

function readPositions(reader: ByteReader | undefined): Map<number, number[]> {
  const byDoc = new Map<number, number[]>();
  if (!reader) return byDoc;
  let doc = 0;
  for (let docs = reader.uint(); docs > 0; docs--) {
    doc += reader.uint();
    const positions: number[] = [];
    let position = 0;
    for (let count = reader.uint(); count > 0; count--) positions.push((position += reader.uint()));
    byDoc.set(doc, positions);
  }
  return byDoc;
}

function includes(sorted: number[], value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] === value) return true;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

const encoder = new TextEncoder();

/** A reader at the payload of a string's entry in its shard, or undefined when no article holds the string. */
async function findEntry(
  family: IndexFamily,
  key: string,
  part: IndexPart,
  source: ShardSource,
): Promise<ByteReader | undefined> {
  const bytes = await source(part, family, shardOf(key, part.shards[family]));
  const wanted = encoder.encode(key);
  const reader = new ByteReader(bytes);
  while (!reader.done()) {
    const keyLength = reader.uint();
    const same =
      keyLength === wanted.length &&
      wanted.every((byte, index) => bytes[reader.offset + index] === byte);
    reader.offset += keyLength;
    const payloadLength = reader.uint();
    if (same) return new ByteReader(bytes.subarray(reader.offset, reader.offset + payloadLength));
    reader.offset += payloadLength;
  }
  return undefined;
}
