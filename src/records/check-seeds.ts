import { extname } from 'node:path';
import { compareCodePoints } from '../normalize/compare-code-points.ts';
import type { ArticleRecord } from './record-schema.ts';
import { fileProblem, type RecordProblem } from './record-problem.ts';
import { recordName, type SeedFile } from './seed-files.ts';

/** A record that will be published. */
export interface PublishedRecord {
  id: string;
  file: string;
  record: ArticleRecord;
}

/** A valid record left out because an earlier record (by id) has the same source link. */
export interface DuplicateRecord {
  file: string;
  id: string;
  link: string;
  keptFile: string;
  keptId: string;
}

/** The outcome of checking a seeds folder: what is published and every problem, with counts. */
export interface SeedReport {
  published: PublishedRecord[];
  errors: RecordProblem[];
  /** Problems that did not stop a record from being published (dropped list items). */
  warnings: RecordProblem[];
  duplicates: DuplicateRecord[];
  /** Seeds-relative paths of files that are not records. */
  ignored: string[];
  /** Entries that are not read at all (links out of the folder, looping or broken links, devices); each has its error among `errors`. */
  refused: number;
  /** Record files found; equals published + duplicated + skipped. */
  records: number;
}

const idPattern = /^[\p{L}\p{N}_-][\p{L}\p{M}\p{N}_.-]*$/u;

/** Checks ids and source links across all records, choosing what gets published; `refused` are the errors of entries that were not read. */
export function checkSeeds(
  files: SeedFile[],
  ignored: string[] = [],
  refused: RecordProblem[] = [],
): SeedReport {
  const errors: RecordProblem[] = [...refused];
  const warnings: RecordProblem[] = [];
  const duplicates: DuplicateRecord[] = [];
  const byId = new Map<string, PublishedRecord>();
  // Ids that a disk ignoring letter case would take for one, by their lower-case form.
  const byFoldedId = new Map<string, PublishedRecord>();
  for (const { file, id, result } of [...files].sort((a, b) => compareCodePoints(a.file, b.file))) {
    errors.push(...result.problems);
    warnings.push(...result.warnings);
    const kept = byId.get(id) ?? byFoldedId.get(id.toLowerCase());
    if (!idPattern.test(id)) errors.push(badId(file, id));
    else if (kept) errors.push(idTwin(file, id, kept));
    else if (result.record) {
      const entry = { id, file, record: result.record };
      byId.set(id, entry);
      byFoldedId.set(id.toLowerCase(), entry);
    }
  }
  const byLink = new Map<string, PublishedRecord>();
  const published: PublishedRecord[] = [];
  for (const entry of [...byId.values()].sort((a, b) => compareCodePoints(a.id, b.id))) {
    const link = entry.record.link;
    const kept = link === undefined ? undefined : byLink.get(link);
    if (link !== undefined && kept) {
      duplicates.push({
        file: entry.file,
        id: entry.id,
        link,
        keptFile: kept.file,
        keptId: kept.id,
      });
      continue;
    }
    if (link !== undefined) byLink.set(link, entry);
    published.push(entry);
  }
  return {
    published,
    errors,
    warnings,
    duplicates,
    ignored,
    refused: refused.length,
    records: files.length,
  };
}

function badId(file: string, id: string): RecordProblem {
  return fileProblem(
    file,
    `The file name gives the id \`${id}\`, which cannot be used in the article's URL. ` +
      'Rename the file with letters, digits, `_`, `-` and `.` only, for example `000_14c0c9d93e9386f0.txt`.',
  );
}

// Two files whose ids are one id, or one on a disk that ignores letter case: the message says which kind.
function idTwin(file: string, id: string, kept: PublishedRecord): RecordProblem {
  const name = recordName(file);
  const keptName = recordName(kept.file);
  const rename = `Rename one of the two files, for example to \`${id}-2${extname(file)}\`; \`${kept.file}\` is the one published.`;
  if (id !== kept.id)
    return fileProblem(
      file,
      `The id \`${id}\` differs from \`${kept.id}\` of \`${kept.file}\` only in letter case, so on a disk that ignores case (macOS, Windows) both articles would be written to one page. ${rename}`,
    );
  if (name !== keptName)
    return fileProblem(
      file,
      `The file name \`${name}\` looks the same as \`${keptName}\` of \`${kept.file}\` but is written in another Unicode form (${unicodeForm(name)} here, ${unicodeForm(keptName)} there: an accented letter as one character or as a letter and a combining mark, as macOS writes names), so both give the id \`${id}\` and one URL. ${rename}`,
    );
  return fileProblem(
    file,
    `The id \`${id}\` is already used by \`${kept.file}\`, and every article needs its own URL. ${rename}`,
  );
}

function unicodeForm(name: string): string {
  return name === name.normalize('NFC') ? 'composed, NFC' : 'decomposed, NFD';
}
