import { compareCodePoints } from '../normalize/compare-code-points.ts';
import type { ArticleRecord } from './record-schema.ts';
import { fileProblem, type RecordProblem } from './record-problem.ts';
import type { SeedFile } from './seed-files.ts';

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
  /** Record files found; equals published + duplicated + skipped. */
  records: number;
}

const idPattern = /^[\p{L}\p{N}_-][\p{L}\p{N}_.-]*$/u;

/** Checks ids and source links across all records, choosing what gets published. */
export function checkSeeds(files: SeedFile[], ignored: string[] = []): SeedReport {
  const errors: RecordProblem[] = [];
  const warnings: RecordProblem[] = [];
  const duplicates: DuplicateRecord[] = [];
  const byId = new Map<string, PublishedRecord>();
  for (const { file, id, result } of [...files].sort((a, b) => compareCodePoints(a.file, b.file))) {
    errors.push(...result.problems);
    warnings.push(...result.warnings);
    const kept = byId.get(id);
    if (!idPattern.test(id)) errors.push(badId(file, id));
    else if (kept) errors.push(sameId(file, id, kept.file));
    else if (result.record) byId.set(id, { id, file, record: result.record });
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
  return { published, errors, warnings, duplicates, ignored, records: files.length };
}

function badId(file: string, id: string): RecordProblem {
  return fileProblem(
    file,
    `The file name gives the id \`${id}\`, which cannot be used in the article's URL. ` +
      'Rename the file with letters, digits, `_`, `-` and `.` only, for example `000_14c0c9d93e9386f0.txt`.',
  );
}

function sameId(file: string, id: string, keptFile: string): RecordProblem {
  return fileProblem(
    file,
    `The id \`${id}\` is already used by \`${keptFile}\`, and every article needs its own URL. ` +
      `Rename one of the two files, for example to \`${id}-2.txt\`; \`${keptFile}\` is the one published.`,
  );
}
