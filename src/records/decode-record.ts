import { fileProblem, type RecordProblem } from './record-problem.ts';

/** Files larger than this are not records but scraper accidents. */
export const maxRecordBytes = 5 * 1024 * 1024;

const byteOrderMarks = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
] as const;

/** Decodes a record file: a byte-order mark decides, else UTF-8, else GB18030 (which covers GBK). */
export function decodeRecord(
  bytes: Uint8Array,
  file: string,
): { text: string } | { problem: RecordProblem } {
  if (bytes.length > maxRecordBytes) {
    return problem(
      file,
      `The file is ${bytes.length} bytes, over the 5 MB limit for one record, so it is not read. Check that it is a single article; split or trim it.`,
    );
  }
  const text = decodeText(bytes);
  if (text === undefined) {
    return problem(
      file,
      'The file is in no known text encoding (UTF-8, UTF-16 with a byte-order mark, GB18030 or GBK), so its fields cannot be read. Save it as UTF-8.',
    );
  }
  if (text.includes('\0')) {
    return problem(
      file,
      'The file holds binary data (NUL characters), so it is not a text record. Remove it from the seeds folder, or replace it with the record text.',
    );
  }
  if (text.trim() === '') {
    return problem(
      file,
      'The file is empty, so there is no article to publish. Write the record into it, starting with `标题: …`, or delete it.',
    );
  }
  return { text };
}

function decodeText(bytes: Uint8Array): string | undefined {
  const marked = byteOrderMarks.find((mark) =>
    mark.bytes.every((byte, index) => bytes[index] === byte),
  );
  const encodings = marked ? [marked.encoding] : ['utf-8', 'gb18030'];
  for (const encoding of encodings) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // Not this encoding: try the next one.
    }
  }
  return undefined;
}

function problem(file: string, message: string): { problem: RecordProblem } {
  return { problem: fileProblem(file, message) };
}
