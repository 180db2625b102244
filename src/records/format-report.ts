import type { SeedReport } from './check-seeds.ts';
import { fieldLabel } from './fields.ts';
import { formatProblem } from './record-problem.ts';

/** The report as the `--json` output of `npm run validate` prints it. */
export function reportToJson(report: SeedReport) {
  return {
    records: report.records,
    valid: report.published.length + report.duplicates.length,
    published: report.published.length,
    skipped: report.records - report.published.length - report.duplicates.length,
    duplicated: report.duplicates.length,
    ignored: report.ignored.length,
    refused: report.refused,
    errors: report.errors,
    warnings: report.warnings,
    duplicates: report.duplicates,
  };
}

/** One line counting what happened to every entry of the seeds folder. */
export function formatCounts(report: SeedReport): string {
  const counts = reportToJson(report);
  // Refused entries are rare, and named among the errors; the line mentions them only when there are some.
  const refused = counts.refused > 0 ? `; ${counts.refused} entries refused` : '';
  return (
    `${counts.records} record files: ${counts.published} published, ${counts.skipped} skipped with errors, ` +
    `${counts.duplicated} duplicates; ${counts.ignored} other files ignored${refused}.`
  );
}

/** Every error, warning and duplicate, one per line, each opening with its location. */
export function formatProblems(report: SeedReport, seedsDir: string): string[] {
  const link = fieldLabel('link');
  return [
    ...report.errors.map((problem) => formatProblem(problem, seedsDir)),
    ...report.warnings.map((problem) => formatProblem(problem, seedsDir)),
    ...report.duplicates.map((duplicate) =>
      formatProblem(
        {
          file: duplicate.file,
          line: 1,
          column: 1,
          field: link,
          message:
            `The source link \`${duplicate.link}\` is already published by \`${duplicate.keptFile}\`, so this record is left out as a duplicate. ` +
            `Delete this file, or correct its \`${link}:\` line if it is a different article.`,
        },
        seedsDir,
      ),
    ),
  ];
}
