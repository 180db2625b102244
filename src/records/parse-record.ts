import { listFields, recordFields, fieldLabel, type FieldKey } from './fields.ts';
import { recordSchema, type ArticleRecord } from './record-schema.ts';
import type { RecordProblem } from './record-problem.ts';
import { splitList } from '../normalize/split-list.ts';

/** What parsing one file gives: the record when it is valid, and every problem found. */
export interface ParseResult {
  record?: ArticleRecord;
  problems: RecordProblem[];
}

interface FieldValue {
  line: number;
  column: number;
  lines: string[];
}

const labelToKey = new Map<string, FieldKey>(
  recordFields.flatMap((field) => field.labels.map((label) => [label, field.key] as const)),
);
const labelPattern = [...labelToKey.keys()].sort((a, b) => b.length - a.length).join('|');
const labelLine = new RegExp(`^([ \\t\\u3000]*(${labelPattern})[ \\t\\u3000]*[:：][ \\t\\u3000]*)(.*)$`);

/** Parses the text of one record file; never throws, reports every problem at once. */
export function parseRecord(source: string, file: string): ParseResult {
  const problems: RecordProblem[] = [];
  const fields = new Map<FieldKey, FieldValue>();
  let current: FieldValue | undefined;
  source.split(/\r\n|\r|\n/).forEach((text, index) => {
    const line = index + 1;
    const match = labelLine.exec(text);
    if (!match) {
      if (current) current.lines.push(text);
      else if (text.trim() !== '') problems.push(strayText(file, line));
      return;
    }
    const key = labelToKey.get(match[2])!;
    current = { line, column: match[1].length + 1, lines: [match[3]] };
    const earlier = fields.get(key);
    if (earlier) problems.push(repeatedField(file, key, earlier.line, line));
    else fields.set(key, current);
  });
  const result = recordSchema.safeParse(toRawRecord(fields));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = issue.path[0] as FieldKey;
      const at = fields.get(key);
      problems.push({ file, line: at?.line ?? 1, column: at?.column ?? 1, field: fieldLabel(key), message: issue.message });
    }
  }
  if (problems.length === 0 && result.success) return { record: result.data, problems };
  return { problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
}

function toRawRecord(fields: Map<FieldKey, FieldValue>): Record<string, unknown> {
  const value = (key: FieldKey) => fields.get(key)?.lines.join('\n').trim();
  const optional = (key: FieldKey) => value(key) || undefined;
  const raw: Record<string, unknown> = {
    title: value('title'),
    link: optional('link'),
    text: optional('text'),
    events: optional('events'),
  };
  for (const key of listFields) raw[key] = splitList(value(key) ?? '');
  return raw;
}

function strayText(file: string, line: number): RecordProblem {
  return {
    file,
    line,
    column: 1,
    field: 'file',
    message:
      'This line comes before the first label, so it belongs to no field. ' +
      'Start the file with a labelled field, for example `标题: 大模型产业方兴未艾`, or delete the line.',
  };
}

function repeatedField(file: string, key: FieldKey, first: number, line: number): RecordProblem {
  const label = fieldLabel(key);
  return {
    file,
    line,
    column: 1,
    field: label,
    message:
      `The field \`${label}\` appears again (first on line ${first}), so it is unclear which value to publish. ` +
      `Keep one \`${label}:\` line and merge the values into it.`,
  };
}
