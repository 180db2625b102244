/** A growable byte buffer that writes unsigned LEB128 integers and UTF-8 strings. */
export class ByteWriter {
  private bytes = new Uint8Array(1024);
  private length = 0;

  /** The bytes written so far. */
  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  /** The bytes written so far, without copying them: valid until the next write. */
  written(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  /** Forgets what was written, keeping the buffer. */
  clear(): void {
    this.length = 0;
  }

  /** Appends another writer's bytes. */
  append(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends a non-negative integer in seven-bit groups, low group first. */
  uint(value: number): void {
    this.reserve(8);
    while (value >= 0x80) {
      this.bytes[this.length++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.bytes[this.length++] = value;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

/** Reads what a `ByteWriter` wrote, from the start of a buffer. */
export class ByteReader {
  offset = 0;
  readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** Whether everything has been read. */
  done(): boolean {
    return this.offset >= this.bytes.length;
  }

  /** Reads one unsigned integer. */
  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.offset++];
      if (byte === undefined) throw new Error('The search index ends in the middle of a number.');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }
}
