import { foldText } from '../normalize/fold.ts';
import { PostingLists, type PostingListsSnapshot } from './posting-lists.ts';
import type { ByteWriter } from './varint.ts';

// Fields are joined with a character that a folded query never holds, so no match spans two fields.
const separator = '\u0000';
// Characters get dense ids below 2^17, so that three of them make one safe integer key.
const idBase = 2 ** 17;

/** The characters of the indexed text by dense id, so that a string of up to three of them is one number. */
export class Vocabulary {
  private characters = [separator];
  // The ids of characters of one UTF-16 unit, plus one (0 for none yet), and of the others.
  private bmp = new Int32Array(0x10000);
  private astral = new Map<string, number>();

  constructor() {
    this.bmp[separator.charCodeAt(0)] = 1;
  }

  /** The ids of the characters of `text`, in order, each given on first sight. */
  ids(text: string): Int32Array {
    const ids = new Int32Array(text.length);
    let count = 0;
    for (let index = 0; index < text.length; index++) {
      const unit = text.charCodeAt(index);
      const low = text.charCodeAt(index + 1);
      // A surrogate pair is one character; a lone surrogate is one too, as `Array.from` reads it.
      if (unit >= 0xd800 && unit < 0xdc00 && low >= 0xdc00 && low < 0xe000) {
        const character = text.slice(index, ++index + 1);
        ids[count++] = this.astral.get(character) ?? this.add(character);
      } else {
        const id = this.bmp[unit]! - 1;
        ids[count++] = id >= 0 ? id : this.add(String.fromCharCode(unit));
      }
    }
    return ids.subarray(0, count);
  }

  private add(character: string): number {
    const id = this.characters.push(character) - 1;
    if (id >= idBase)
      throw new Error(
        `The records use more than ${idBase - 1} different characters, more than the search index can hold.`,
      );
    if (character.length === 1) this.bmp[character.charCodeAt(0)] = id + 1;
    else this.astral.set(character, id);
    return id;
  }

  /** The characters by id, for `Vocabulary.from`. */
  snapshot(): string[] {
    return [...this.characters];
  }

  /** The vocabulary of a snapshot, which gives the same ids. */
  static from(characters: readonly string[]): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const character of characters.slice(1)) vocabulary.add(character);
    return vocabulary;
  }

  /** The string of a key made by `FieldIndex`. */
  text(key: number): string {
    let text = '';
    for (; key > 0; key = Math.floor(key / idBase)) text = this.characters[key % idBase] + text;
    return text;
  }
}

/** What `FieldIndex.snapshot` gives: plain data that `v8.serialize` keeps whole. */
export interface FieldIndexSnapshot {
  keys: number[];
  docs: PostingListsSnapshot;
  positions: PostingListsSnapshot;
  docCounts: number[];
  lastDoc: number[];
  positionDocs: number[];
  lastPositionDoc: number[];
}

/**
 * The index of one part of every article (its head or its body), built article by article in
 * order: for every string of one to three characters, the articles holding it, and for every
 * three-character string, its positions in each. Lists are written as they will be stored:
 * differences in seven-bit groups.
 */
export class FieldIndex {
  /** The strings seen, each as its number (see `Vocabulary.text`), by the number of their lists. */
  readonly keys: number[] = [];
  private readonly docs = new PostingLists();
  private readonly positions = new PostingLists();
  private readonly lists = new ListTable();
  // For each string, how many articles hold it and the last of them; for a three-character string,
  // the same for its positions, which are written once each article is read.
  private readonly docCounts: number[] = [];
  private readonly lastDoc: number[] = [];
  private readonly positionDocs: number[] = [];
  private readonly lastPositionDoc: number[] = [];
  // For each three-character string, the last place it occurs in the article being added.
  private readonly lastAt: number[] = [];
  private readonly vocabulary: Vocabulary;

  constructor(vocabulary: Vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The index as it stands, to go on from with `FieldIndex.from` and the same vocabulary. */
  snapshot(): FieldIndexSnapshot {
    const { keys, docCounts, lastDoc, positionDocs, lastPositionDoc } = this;
    const [docs, positions] = [this.docs.snapshot(), this.positions.snapshot()];
    return { keys, docs, positions, docCounts, lastDoc, positionDocs, lastPositionDoc };
  }

  /** An index that goes on from a snapshot. */
  static from(snapshot: FieldIndexSnapshot, vocabulary: Vocabulary): FieldIndex {
    const field = new FieldIndex(vocabulary);
    Object.assign(field, {
      ...snapshot,
      docs: PostingLists.from(snapshot.docs),
      positions: PostingLists.from(snapshot.positions),
    });
    snapshot.keys.forEach((key, list) => {
      field.lists.get(key, list);
      field.lastAt.push(-1);
    });
    return field;
  }

  /** Adds the fields of the next article, numbered `document`. */
  add(document: number, texts: readonly string[]): void {
    const ids = this.vocabulary.ids(foldText(texts.join(separator)));
    // Each three-character string of this article, as its list and the first place it occurs, and
    // for each place the next place of the same string: its positions, written once it is read.
    const firsts: number[] = [];
    const next = new Int32Array(ids.length).fill(-1);
    for (let index = 0; index < ids.length; index++) {
      let key = 0;
      for (let length = 1; length <= 3 && index + length <= ids.length; length++) {
        const id = ids[index + length - 1]!;
        if (id === 0) break;
        key = key * idBase + id;
        const list = this.list(key);
        const first = this.lastDoc[list] !== document;
        if (first) {
          this.docs.uint(list, document - Math.max(this.lastDoc[list]!, 0));
          this.lastDoc[list] = document;
          this.docCounts[list]!++;
        }
        if (length === 3) {
          if (first) firsts.push(list, index);
          else next[this.lastAt[list]!] = index;
          this.lastAt[list] = index;
        }
      }
    }
    for (let pair = 0; pair < firsts.length; pair += 2)
      this.addPositions(firsts[pair]!, document, firsts[pair + 1]!, next);
  }

  /** Whether a string has positions: whether it has three characters. */
  hasPositions(list: number): boolean {
    return this.positionDocs[list]! > 0;
  }

  /** Writes a list of articles as stored: its length, then the articles. */
  writeDocs(list: number, out: ByteWriter): void {
    out.uint(this.docCounts[list]!);
    this.docs.copyTo(list, out);
  }

  /** Writes a list of positions as stored: how many articles, then for each its number, count and positions. */
  writePositions(list: number, out: ByteWriter): void {
    out.uint(this.positionDocs[list]!);
    this.positions.copyTo(list, out);
  }

  private addPositions(list: number, document: number, first: number, next: Int32Array): void {
    this.positions.uint(list, document - this.lastPositionDoc[list]!);
    this.lastPositionDoc[list] = document;
    this.positionDocs[list]!++;
    let count = 0;
    for (let at = first; at !== -1; at = next[at]!) count++;
    this.positions.uint(list, count);
    let previous = 0;
    for (let at = first; at !== -1; at = next[at]!) {
      this.positions.uint(list, at - previous);
      previous = at;
    }
  }

  private list(key: number): number {
    const list = this.lists.get(key, this.keys.length);
    if (list === this.keys.length) {
      this.keys.push(key);
      this.docCounts.push(0);
      this.lastDoc.push(-1);
      this.positionDocs.push(0);
      this.lastPositionDoc.push(0);
      this.lastAt.push(-1);
    }
    return list;
  }
}

/**
 * Numbers to list numbers, for keys made of up to three character ids (below 2^51): an
 * open-addressing table in typed arrays, since a `Map` boxes every key past 2^30 and lookups of
 * every string of an archive are most of building its index.
 */
class ListTable {
  private keys = new Float64Array(1 << 16);
  private lists = new Int32Array(1 << 16).fill(-1);
  private size = 0;

  /** The list of `key`, which becomes `added` if it has none. */
  get(key: number, added: number): number {
    const mask = this.lists.length - 1;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const list = this.lists[slot]!;
      if (list === -1) {
        this.keys[slot] = key;
        this.lists[slot] = added;
        if (++this.size * 2 > this.lists.length) this.grow();
        return added;
      }
      if (this.keys[slot] === key) return list;
    }
  }

  private grow(): void {
    const { keys, lists } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.lists = new Int32Array(lists.length * 2).fill(-1);
    this.size = 0;
    lists.forEach((list, slot) => {
      if (list !== -1) this.get(keys[slot]!, list);
    });
  }
}

// Mixes the high and low bits of a key below 2^53 into 32 bits.
function hash(key: number): number {
  const mixed = Math.imul((key >>> 0) ^ Math.imul((key / 2 ** 32) | 0, 0x27d4eb2d), 0x9e3779b1);
  return mixed ^ (mixed >>> 15);
}
