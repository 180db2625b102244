import { describe, expect, test } from 'vitest';
import { decodeRecord, maxRecordBytes } from '../../src/records/decode-record.ts';

describe('decodeRecord', () => {
  test('refuses a file over 5 MB without decoding it', () => {
    const result = decodeRecord(new Uint8Array(maxRecordBytes + 1).fill(0x61), 'big.txt');
    expect(result).toEqual({
      problem: {
        file: 'big.txt',
        line: 1,
        column: 1,
        field: 'file',
        message: `The file is ${maxRecordBytes + 1} bytes, over the 5 MB limit for one record, so it is not read. Check that it is a single article; split or trim it.`,
      },
    });
  });

  test('accepts a file of exactly 5 MB', () => {
    expect(decodeRecord(new Uint8Array(maxRecordBytes).fill(0x61), 'big.txt')).toHaveProperty(
      'text',
    );
  });

  test('prefers UTF-8 when the bytes are valid in both UTF-8 and GB18030', () => {
    expect(decodeRecord(new TextEncoder().encode('标题: 你好'), 'a.txt')).toEqual({
      text: '标题: 你好',
    });
  });
});
