import type { ByteWriter } from './varint.ts';

// Each list is a chain of slices in one buffer; a slice that fills up ends in the offset of the
// next, larger one (Lucene's byte block pool works so), so that millions of short lists cost little
// more than their bytes, where an array or a buffer each would cost a hundred bytes or more.
const sliceSizes = [8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768];
const pointerBytes = 4;

/** What `PostingLists.snapshot` gives: plain data that `v8.serialize` keeps whole. */
export interface PostingListsSnapshot {
  maxBytes: number;
  buffer: Uint8Array;
  used: number;
  start: Int32Array;
  next: Int32Array;
  end: Int32Array;
  step: Int32Array;
  lengths: Int32Array;
}

/** Lists of bytes, numbered from 0, that grow at their end: the posting lists of a search index while it is built. */
export class PostingLists {
  private readonly maxBytes: number;
  private buffer = new Uint8Array(1 << 20);
  private used = 0;
  // For each list: where its first slice starts, where its next byte goes, where its current slice
  // ends (the next slice's offset goes there), the size step of that slice, and its length.
  private start = new Int32Array(1024).fill(-1);
  private next = new Int32Array(1024);
  private end = new Int32Array(1024);
  private step = new Int32Array(1024);
  private lengths = new Int32Array(1024);

  /** Lists that hold at most `maxBytes` bytes in all: offsets are 32-bit integers. */
  constructor(maxBytes = 2 ** 31 - 1) {
    this.maxBytes = maxBytes;
  }

  /** The lists as they stand, with only the used part of the buffer. */
  snapshot(): PostingListsSnapshot {
    const { maxBytes, used, start, next, end, step, lengths } = this;
    return { maxBytes, buffer: this.buffer.slice(0, used), used, start, next, end, step, lengths };
  }

  /** Lists that go on from a snapshot. */
  static from(snapshot: PostingListsSnapshot): PostingLists {
    const lists = new PostingLists(snapshot.maxBytes);
    Object.assign(lists, snapshot);
    return lists;
  }

  /** Appends a non-negative integer in seven-bit groups, low group first, as `ByteWriter.uint` does. */
  uint(list: number, value: number): void {
    while (value >= 0x80) {
      this.byte(list, (value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    this.byte(list, value);
  }

  /** How many bytes a list holds. */
  length(list: number): number {
    return list < this.lengths.length ? this.lengths[list]! : 0;
  }

  /** Appends the bytes of a list to a writer. */
  copyTo(list: number, out: ByteWriter): void {
    let offset = this.start[list]!;
    let left = this.lengths[list]!;
    let size = sliceSizes[0]!;
    let step = 0;
    while (left > 0) {
      const bytes = Math.min(left, size - pointerBytes);
      out.append(this.buffer.subarray(offset, offset + bytes));
      left -= bytes;
      if (left === 0) break;
      offset = this.readPointer(offset + size - pointerBytes);
      size = sliceSizes[Math.min(++step, sliceSizes.length - 1)]!;
    }
  }

  private byte(list: number, value: number): void {
    if (list >= this.start.length) this.growLists(list);
    if (this.start[list] === -1) {
      const slice = this.allocate(sliceSizes[0]!);
      this.start[list] = this.next[list] = slice;
      this.end[list] = slice + sliceSizes[0]! - pointerBytes;
    } else if (this.next[list] === this.end[list]) {
      const step = Math.min(this.step[list]! + 1, sliceSizes.length - 1);
      const slice = this.allocate(sliceSizes[step]!);
      this.writePointer(this.end[list]!, slice);
      this.step[list] = step;
      this.next[list] = slice;
      this.end[list] = slice + sliceSizes[step]! - pointerBytes;
    }
    this.buffer[this.next[list]!++] = value;
    this.lengths[list]!++;
  }

  private allocate(size: number): number {
    if (this.used + size > this.maxBytes)
      throw new Error(
        `The search index outgrew the ${this.maxBytes} bytes that its posting lists can address.`,
      );
    if (this.used + size > this.buffer.length) {
      const grown = new Uint8Array(
        Math.min(this.maxBytes, Math.max(this.buffer.length * 2, this.used + size)),
      );
      grown.set(this.buffer.subarray(0, this.used));
      this.buffer = grown;
    }
    const offset = this.used;
    this.used += size;
    return offset;
  }

  private writePointer(at: number, offset: number): void {
    for (let index = 0; index < pointerBytes; index++)
      this.buffer[at + index] = (offset >>> (8 * index)) & 0xff;
  }

  private readPointer(at: number): number {
    let offset = 0;
    for (let index = pointerBytes - 1; index >= 0; index--)
      offset = offset * 256 + this.buffer[at + index]!;
    return offset;
  }

  private growLists(list: number): void {
    const size = Math.max(this.start.length * 2, list + 1);
    this.start = grown(this.start, size, -1);
    this.next = grown(this.next, size);
    this.end = grown(this.end, size);
    this.step = grown(this.step, size);
    this.lengths = grown(this.lengths, size);
  }
}

function grown(array: Int32Array, size: number, fill = 0): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(size).fill(fill);
  copy.set(array);
  return copy;
}
