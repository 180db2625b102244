import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { defaultTimeZone } from '../normalize/dates.ts';
import type { ParseResult } from './build-record.ts';
import { decodeRecord } from './decode-record.ts';
import { parseMarkdownRecord } from './parse-markdown-record.ts';
import { parseTextRecord } from './parse-text-record.ts';

/** The files of a seeds folder: record files and every other file, as sorted seeds-relative paths. */
export interface SeedListing {
  records: string[];
  ignored: string[];
}

const parsers: Record<string, (source: string, file: string, timeZone: string) => ParseResult> = {
  '.txt': parseTextRecord,
  '.md': parseMarkdownRecord,
};

/** Explains a missing seeds folder, naming it as the user wrote it; undefined when it exists. */
export function missingSeedsFolder(path: string, dir: string): string | undefined {
  if (existsSync(path)) return undefined;
  return `The seeds folder \`${dir}\` does not exist. Create it, or set \`SEEDS_DIR\` to the folder that holds the records, for example \`SEEDS_DIR=seeds\`.`;
}

/** Lists the files under a seeds folder; hidden files and non-record files are listed as ignored. */
export async function listSeedFiles(dir: string): Promise<SeedListing> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const listing: SeedListing = { records: [], ignored: [] };
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = `${entry.parentPath}/${entry.name}`
      .slice(dir.replace(/\/+$/, '').length + 1)
      .replaceAll('\\', '/');
    (isRecordFile(file) ? listing.records : listing.ignored).push(file);
  }
  listing.records.sort();
  listing.ignored.sort();
  return listing;
}

/** Whether a seeds-relative path names a record file: a `.txt` or `.md` file, neither hidden nor in a hidden folder. */
export function isRecordFile(file: string): boolean {
  return (
    Object.hasOwn(parsers, extname(file)) && !file.split('/').some((part) => part.startsWith('.'))
  );
}

/** The id of a record: its file name without extension. */
export function recordId(file: string): string {
  return basename(file, extname(file));
}

/** Reads a record file as bytes. */
export function readSeedBytes(dir: string, file: string): Promise<Buffer> {
  return readFile(`${dir}/${file}`);
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
      ? parsers[extname(file)]!(decoded.text, file, timeZone)
      : { problems: [decoded.problem], warnings: [] };
  return { file, id: recordId(file), result };
}
