import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { defaultTimeZone } from '../normalize/dates.ts';
import type { ParseResult } from './build-record.ts';
import { decodeRecord } from './decode-record.ts';
import { parseMarkdownRecord } from './parse-markdown-record.ts';
import { parseTextRecord } from './parse-text-record.ts';

const parsers: Record<string, (source: string, file: string, timeZone: string) => ParseResult> = {
  '.txt': parseTextRecord,
  '.md': parseMarkdownRecord,
};

/** Explains a missing seeds folder, naming it as the user wrote it; undefined when it exists. */
export function missingSeedsFolder(path: string, dir: string): string | undefined {
  if (existsSync(path)) return undefined;
  return `The seeds folder \`${dir}\` does not exist. Create it, or set \`SEEDS_DIR\` to the folder that holds the records, for example \`SEEDS_DIR=seeds\`.`;
}

/** Whether a seeds-relative path names a record file: a `.txt` or `.md` file in any letter case, neither hidden nor in a hidden folder. */
export function isRecordFile(file: string): boolean {
  return (
    Object.hasOwn(parsers, extension(file)) && !file.split('/').some((part) => part.startsWith('.'))
  );
}

/** The file name of a record without its extension, as written on the disk. */
export function recordName(file: string): string {
  return basename(file, extname(file));
}

/** The id of a record: its file name without extension, in Unicode's composed form (NFC), as a reader types it. */
export function recordId(file: string): string {
  return recordName(file).normalize('NFC');
}

/** Reads a record file as bytes. */
export function readSeedBytes(dir: string, file: string): Buffer {
  return readFileSync(`${dir}/${file}`);
}

/** One record file after reading: its seeds-relative path, its id and what parsing gave. */
export interface SeedFile {
  file: string;
  id: string;
  result: ParseResult;
}

/** Decodes and parses the bytes of one record file, reading dates in `timeZone`. */
export function parseSeedBytes(
  bytes: Uint8Array,
  file: string,
  timeZone = defaultTimeZone,
): SeedFile {
  const decoded = decodeRecord(bytes, file);
  // Seed files are `.txt` or `.md` (`isRecordFile`), and each has a parser.
  const result =
    'text' in decoded
      ? parsers[extension(file)]!(decoded.text, file, timeZone)
      : { problems: [decoded.problem], warnings: [] };
  return { file, id: recordId(file), result };
}

function extension(file: string): string {
  return extname(file).toLowerCase();
}
