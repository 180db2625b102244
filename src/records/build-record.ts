import { partitionTerms, splitList } from '../normalize/split-list.ts';
import { fieldLabel, listFields, type FieldKey } from './fields.ts';
import type { RecordProblem } from './record-problem.ts';
import { recordSchemaIn, type ArticleRecord } from './record-schema.ts';

/** What parsing one file gives: the record when it is valid, every error, and warnings that do not stop it. */
export interface ParseResult {
  record?: ArticleRecord;
  problems: RecordProblem[];
  warnings: RecordProblem[];
}

/** A raw field value as read from a file, with where its value starts. */
export interface LocatedValue {
  line: number;
  column: number;
  value: string | string[];
}

// One schema a time zone: a build reads every record in the same one.
const schemas = new Map<string, ReturnType<typeof recordSchemaIn>>();

/** Turns the located raw fields of any record format into a validated record, or into problems; dates are read in `timeZone`. */
export function buildRecord(
  fields: Map<FieldKey, LocatedValue>,
  file: string,
  problems: RecordProblem[],
  timeZone: string,
): ParseResult {
  const at = (key: FieldKey) => ({
    file,
    line: fields.get(key)?.line ?? 1,
    column: fields.get(key)?.column ?? 1,
    field: fieldLabel(key),
  });
  const text = (key: FieldKey) => {
    const value = fields.get(key)?.value;
    return (Array.isArray(value) ? value.join(', ') : value)?.trim();
  };
  const raw: Record<string, unknown> = { title: text('title') };
  for (const key of ['link', 'date', 'text', 'events'] as const) {
    const value = text(key);
    if (value) raw[key] = value;
  }
  const warnings: RecordProblem[] = [];
  for (const key of listFields) {
    const { terms, dropped } = partitionTerms(splitList(fields.get(key)?.value ?? ''));
    raw[key] = terms;
    for (const item of dropped) {
      warnings.push({
        ...at(key),
        message: `The item \`${item}\` of \`${fieldLabel(key)}\` has no letter or digit, so it cannot be a term and was left out. Remove it from the list.`,
      });
    }
  }
  let schema = schemas.get(timeZone);
  if (!schema) schemas.set(timeZone, (schema = recordSchemaIn(timeZone)));
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push({ ...at(issue.path[0] as FieldKey), message: issue.message });
  }
  const byPosition = (a: RecordProblem, b: RecordProblem) => a.line - b.line || a.column - b.column;
  if (problems.length === 0 && result.success) return { record: result.data, problems, warnings };
  return { problems: problems.sort(byPosition), warnings };
}
