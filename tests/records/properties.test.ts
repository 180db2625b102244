import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseMarkdownRecord } from '../../src/records/parse-markdown-record.ts';
import { parseTextRecord } from '../../src/records/parse-text-record.ts';
import { decodeRecord } from '../../src/records/decode-record.ts';
import { printRecord } from '../../src/records/print-record.ts';
import type { RecordProblem } from '../../src/records/record-problem.ts';
import { recordSchema } from '../../src/records/record-schema.ts';
import { parseSeedBytes } from '../../src/records/seed-files.ts';

const labels = [
  '标题',
  '链接',
  '日期',
  '总结',
  '关键词',
  'AI技术',
  '行业',
  '重大事件摘要',
  'Title',
  'Events',
  'AI Tech',
];
// Front-matter keys as YAML may write them: plain, quoted, unknown, before a list or a block.
const keys = [
  'title: ',
  "'link': ",
  '"keywords" : ',
  'keyword: ',
  'aiTech:',
  '\n- ',
  ': |\n  ',
  '{',
  '#',
];
// Characters the format gives meaning to, mixed into random text so the generators hit them often.
const tricky = fc.constantFrom(
  ...labels,
  ...keys,
  ':',
  '：',
  ',',
  '，',
  '、',
  ';',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\u3000',
  '\t',
  '---',
  '1. ',
  '\u2028',
);
const text = fc
  .array(fc.oneof(fc.string({ unit: 'binary' }), tricky), { maxLength: 12 })
  .map((parts) => parts.join(''));

/** Checks that a problem points into its source: the file given, a line and a column that exist, a field and a sentence. */
const pointsInto = (source: string, file: string) => {
  const lines = source.split(/\r\n|\r|\n/);
  return (problem: RecordProblem) => {
    expect(problem.file).toBe(file);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lines.length);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeLessThanOrEqual((lines[problem.line - 1]?.length ?? 0) + 1);
    expect(problem.field).not.toBe('');
    expect(problem.message).toMatch(/^[A-Z].*\.$/s);
  };
};

describe('parseTextRecord and parseMarkdownRecord', () => {
  test('return either a record or problems, each pointing into the source, for any string and never throw', () => {
    fc.assert(
      // The parsers get decoded text, which never holds NUL: decodeRecord refuses it as binary data.
      fc.property(
        text.map((source) => source.replaceAll('\0', '')),
        fc.boolean(),
        (source, markdown) => {
          const [input, file] = markdown ? [`---\n${source}`, 'x.md'] : [source, 'x.txt'];
          const result = markdown ? parseMarkdownRecord(input, file) : parseTextRecord(input, file);
          expect(result.record === undefined).toBe(result.problems.length > 0);
          [...result.problems, ...result.warnings].forEach(pointsInto(input, file));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parseSeedBytes', () => {
  test('returns either a record or problems, each pointing into the decoded text, for any bytes and never throws', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.constantFrom('x.txt', 'x.md'),
        (bytes, file) => {
          const { result } = parseSeedBytes(bytes, file);
          expect(result.record === undefined).toBe(result.problems.length > 0);
          const decoded = decodeRecord(bytes, file);
          result.problems.forEach(pointsInto('text' in decoded ? decoded.text : '', file));
        },
      ),
      { numRuns: 500 },
    );
  });
});

// A value the canonical format can hold: no surrounding space, no trailing space on a line,
// and no line that would read as a label.
const labelStart = new RegExp(`^[ \\t\\u3000]*(${labels.join('|')})[ \\t\\u3000]*[:：]`, 'i');
const representable = (value: string) =>
  value === value.trim() &&
  value
    .split(/\r\n|\r|\n/)
    .every((line, index) => line === line.trimEnd() && (index === 0 || !labelStart.test(line)));
const singleLine = text.filter(
  (value) => value !== '' && !/[\r\n]/.test(value) && representable(value),
);
const multiLine = text.filter((value) => value !== '' && representable(value) && !/\r/.test(value));
const term = singleLine.filter((value) => !/[,，、;；]/.test(value) && /[\p{L}\p{N}]/u.test(value));
const terms = fc.uniqueArray(term, { maxLength: 5 });

const record = fc
  .record(
    {
      title: singleLine,
      link: fc.webUrl({ validSchemes: ['http', 'https'] }),
      date: fc
        .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
      text: multiLine,
      keywords: terms,
      aiTech: terms,
      industries: terms,
      events: multiLine,
    },
    { requiredKeys: ['title', 'keywords', 'aiTech', 'industries', 'text'] },
  )
  .filter((candidate) => recordSchema.safeParse(candidate).success);

describe('printRecord', () => {
  test('prints a record that parses back to the same record', () => {
    fc.assert(
      fc.property(record, (original) => {
        const { record: parsed, problems } = parseTextRecord(printRecord(original), 'x.txt');
        expect(problems).toEqual([]);
        expect(parsed).toEqual(recordSchema.parse(original));
      }),
      { numRuns: 300 },
    );
  });
});
