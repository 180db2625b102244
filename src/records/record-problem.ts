/** One problem found in a seed file; `file` is relative to the seeds folder, lines and columns 1-based. */
export interface RecordProblem {
  file: string;
  line: number;
  column: number;
  /** The record field concerned, by its canonical label (`标题`), or `file` for the file as a whole. */
  field: string;
  /** What is wrong and why, then how to fix it, with an example. */
  message: string;
}

/** A problem with a file as a whole, located at its start. */
export function fileProblem(file: string, message: string): RecordProblem {
  return { file, line: 1, column: 1, field: 'file', message };
}

/** Formats a problem the way compilers do: location first, then the explanation. */
export function formatProblem(problem: RecordProblem, seedsDir: string): string {
  const prefix = seedsDir.replace(/\/+$/, '');
  return `${prefix}/${problem.file}:${problem.line}:${problem.column} ${problem.message}`;
}
