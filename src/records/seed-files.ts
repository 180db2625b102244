import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseRecord, type ParseResult } from './parse-record.ts';
import type { RecordProblem } from './record-problem.ts';

/** The files of a seeds folder: record files and every other file, as sorted seeds-relative paths. */
export interface SeedListing {
  records: string[];
  ignored: string[];
}

const recordExtensions = new Set(['.txt']);

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
    const file = `${entry.parentPath}/${entry.name}`.slice(dir.replace(/\/+$/, '').length + 1).replaceAll('\\', '/');
    const hidden = file.split('/').some((part) => part.startsWith('.'));
    (recordExtensions.has(extname(entry.name)) && !hidden ? listing.records : listing.ignored).push(file);
  }
  listing.records.sort();
  listing.ignored.sort();
  return listing;
}

/** The id of a record: its file name without extension. */
export function recordId(file: string): string {
  return basename(file, extname(file));
}

/** Reads a record file as bytes. */
export function readSeedBytes(dir: string, file: string): Promise<Buffer> {
  return readFile(`${dir}/${file}`);
}

/** Files larger than this are not records but scraper accidents. */
export const maxRecordBytes = 5 * 1024 * 1024;

/** Decodes the bytes of a record file, or explains why they are not a readable record. */
export function decodeRecord(bytes: Uint8Array, file: string): { text: string } | { problem: RecordProblem } {
  if (bytes.length > maxRecordBytes) {
    return problem(file, `The file is ${bytes.length} bytes, over the 5 MB limit for one record, so it is not read. Check that it is a single article; split or trim it.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return problem(file, 'The file is not valid UTF-8 text, so its fields cannot be read. Save it as UTF-8, for example with `iconv -f GB18030 -t UTF-8`.');
  }
  if (text.includes('\0')) {
    return problem(file, 'The file holds binary data (NUL bytes), so it is not a text record. Remove it from the seeds folder, or replace it with the record text.');
  }
  if (text.trim() === '') {
    return problem(file, 'The file is empty, so there is no article to publish. Write the record into it, starting with `标题: …`, or delete it.');
  }
  return { text };
}

function problem(file: string, message: string): { problem: RecordProblem } {
  return { problem: fileProblem(file, message) };
}

/** A problem with a file as a whole, located at its start. */
export function fileProblem(file: string, message: string): RecordProblem {
  return { file, line: 1, column: 1, field: 'file', message };
}

/** One record file after reading: its seeds-relative path, its id and what parsing gave. */
export interface SeedFile {
  file: string;
  id: string;
  result: ParseResult;
}

/** Decodes and parses the bytes of one record file. */
export function parseSeedBytes(bytes: Uint8Array, file: string): SeedFile {
  const decoded = decodeRecord(bytes, file);
  const result = 'text' in decoded ? parseRecord(decoded.text, file) : { problems: [decoded.problem] };
  return { file, id: recordId(file), result };
}
