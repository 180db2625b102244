import { fieldLabel, recordFields, type FieldKey } from './fields.ts';
import { defaultTimeZone } from '../normalize/dates.ts';
import { buildRecord, type LocatedValue, type ParseResult } from './build-record.ts';
import type { RecordProblem } from './record-problem.ts';

const labelToKey = new Map<string, FieldKey>(
  recordFields.flatMap((field) =>
    field.labels.map((label) => [label.toLowerCase(), field.key] as const),
  ),
);
const labelPattern = [...labelToKey.keys()]
  .sort((a, b) => b.length - a.length)
  .map((label) => label.replace(/ /g, '[ \\t]+'))
  .join('|');
const space = '[ \\t\\u3000]*';
// `s`: a value may hold characters such as U+2028 that `.` would otherwise refuse.
const labelLine = new RegExp(
  `^(${space}(${labelPattern})${space}[:：]${space})(.*?)[ \\t\\u3000]*$`,
  'is',
);

/** Parses a record in the labelled text format, reading dates in `timeZone`; never throws, reports every problem at once. */
export function parseTextRecord(
  source: string,
  file: string,
  timeZone = defaultTimeZone,
): ParseResult {
  const problems: RecordProblem[] = [];
  const fields = new Map<FieldKey, LocatedValue>();
  let current: (LocatedValue & { value: string }) | undefined;
  source.split(/\r\n|\r|\n/).forEach((text, index) => {
    const line = index + 1;
    const match = labelLine.exec(text);
    if (!match) {
      if (current) current.value += `\n${text.trimEnd()}`;
      else if (text.trim() !== '') problems.push(strayText(file, line));
      return;
    }
    // None of the pattern's groups is optional, so a match has all of them.
    const key = labelToKey.get(match[2]!.toLowerCase().replace(/[ \t]+/g, ' '))!;
    const field = { line, column: match[1]!.length + 1, value: match[3]! };
    current = field;
    const earlier = fields.get(key);
    if (earlier) problems.push(repeatedField(file, key, earlier.line, line));
    else fields.set(key, field);
  });
  return buildRecord(fields, file, problems, timeZone);
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
