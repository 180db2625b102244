import { describe, expect, test } from 'vitest';
import { parseTextRecord } from '../../../src/records/parse-text-record.ts';
import { longLineRecord } from '../../../scripts/bench/long-line.ts';

describe('longLineRecord', () => {
  test('writes a valid record whose text is one line of nearly the size asked, with no sentence end', () => {
    const bytes = 2 ** 20;
    const source = longLineRecord(bytes);
    expect(Buffer.byteLength(source)).toBeLessThanOrEqual(bytes);
    expect(Buffer.byteLength(source)).toBeGreaterThan(bytes - 64);
    const { record, problems } = parseTextRecord(source, 'long-line.txt');
    expect(problems).toEqual([]);
    expect(record?.text).not.toMatch(/[\n。！？!?]/u);
    expect(record?.text?.length).toBeGreaterThan(bytes / 4);
  });
});
