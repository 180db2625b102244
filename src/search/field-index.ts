import { foldText } from '../normalize/fold.ts';
import { PostingLists, type PostingListsSnapshot } from './posting-lists.ts';
import type { ByteWriter } from './varint.ts';

// Fields are joined with a character that a folded query never holds, so no match spans two fields.
const separator = '\u0000';
// Characters get dense ids below 2^17, so that three of them make one safe integer key.
const idBase = 2 ** 17;

/** The characters of the indexed text by dense id, so that a string of up to three of them is one number. */
export class Vocabulary {
  private ids = new Map<string, number>([[separator, 0]]);
  private characters = [separator];

  /** The id of a character, given on first sight. */
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

  /** The characters by id, for `Vocabulary.from`. */
  snapshot(): string[] {
    return [...this.characters];
  }

  /** The vocabulary of a snapshot, which gives the same ids. */
  static from(characters: readonly string[]): Vocabulary {
    const vocabulary = new Vocabulary();
    vocabulary.characters = [...characters];
    vocabulary.ids = new Map(characters.map((character, id) => [character, id]));
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
  private readonly lists = new Map<number, number>();
  // For each string, how many articles hold it and the last of them; for a three-character string,
  // the same for its positions, which are written once each article is read.
  private readonly docCounts: number[] = [];
  private readonly lastDoc: number[] = [];
  private readonly positionDocs: number[] = [];
  private readonly lastPositionDoc: number[] = [];
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
    snapshot.keys.forEach((key, list) => field.lists.set(key, list));
    return field;
  }

  /** Adds the fields of the next article, numbered `document`. */
  add(document: number, texts: readonly string[]): void {
    const ids = Array.from(foldText(texts.join(separator)), (character) =>
      this.vocabulary.id(character),
    );
    // The positions of each three-character string in this article, written once it is read.
    const positions = new Map<number, number[]>();
    for (let index = 0; index < ids.length; index++) {
      let key = 0;
      for (let length = 1; length <= 3 && index + length <= ids.length; length++) {
        const id = ids[index + length - 1]!;
        if (id === 0) break;
        key = key * idBase + id;
        const list = this.list(key);
        if (this.lastDoc[list] !== document) {
          this.docs.uint(list, document - Math.max(this.lastDoc[list]!, 0));
          this.lastDoc[list] = document;
          this.docCounts[list]!++;
        }
        if (length === 3) {
          const found = positions.get(list);
          if (found) found.push(index);
          else positions.set(list, [index]);
        }
      }
    }
    for (const [list, at] of positions) this.addPositions(list, document, at);
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

  private addPositions(list: number, document: number, at: number[]): void {
    this.positions.uint(list, document - this.lastPositionDoc[list]!);
    this.lastPositionDoc[list] = document;
    this.positionDocs[list]!++;
    this.positions.uint(list, at.length);
    let previous = 0;
    for (const position of at) {
      this.positions.uint(list, position - previous);
      previous = position;
    }
  }

  private list(key: number): number {
    let list = this.lists.get(key);
    if (list === undefined) {
      list = this.keys.push(key) - 1;
      this.lists.set(key, list);
      this.docCounts.push(0);
      this.lastDoc.push(-1);
      this.positionDocs.push(0);
      this.lastPositionDoc.push(0);
    }
    return list;
  }
}
