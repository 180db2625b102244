import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseMarkdownRecord } from '../../src/records/parse-markdown-record.ts';
import { parseTextRecord } from '../../src/records/parse-text-record.ts';
import { printRecord } from '../../src/records/print-record.ts';
import { recordSchema } from '../../src/records/record-schema.ts';
import { parseSeedBytes } from '../../src/records/seed-files.ts';

const labels = ['标题', '链接', '日期', '总结', '关键词', 'AI技术', '行业', '重大事件摘要', 'Title', 'Events', 'AI Tech'];
// Characters the format gives meaning to, mixed into random text so the generators hit them often.
const tricky = fc.constantFrom(...labels, ':', '：', ',', '，', '、', ';', '\n', '\r\n', '\r', ' ', '\u3000', '\t', '---', '1. ', '\u2028');
const text = fc.array(fc.oneof(fc.string({ unit: 'binary' }), tricky), { maxLength: 12 }).map((parts) => parts.join(''));

/** Each problem or warning is the parser's own type: located, with a field and a message. */
const isProblem = (problem: unknown) =>
  expect(problem).toMatchObject({ line: expect.any(Number), column: expect.any(Number), field: expect.any(String), message: expect.any(String) });

describe('parseTextRecord and parseMarkdownRecord', () => {
  test('return a record or problems for any string and never throw', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (source, markdown) => {
        const result = markdown ? parseMarkdownRecord(`---\n${source}`, 'x.md') : parseTextRecord(source, 'x.txt');
        expect(result.record !== undefined || result.problems.length > 0).toBe(true);
        [...result.problems, ...result.warnings].forEach(isProblem);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseSeedBytes', () => {
  test('returns a record or problems for any bytes and never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.constantFrom('x.txt', 'x.md'), (bytes, file) => {
        const { result } = parseSeedBytes(bytes, file);
        expect(result.record !== undefined || result.problems.length > 0).toBe(true);
        result.problems.forEach(isProblem);
      }),
      { numRuns: 500 },
    );
  });
});

// A value the canonical format can hold: no surrounding space, no trailing space on a line,
// and no line that would read as a label.
const labelStart = new RegExp(`^[ \\t\\u3000]*(${labels.join('|')})[ \\t\\u3000]*[:：]`, 'i');
const representable = (value: string) =>
  value === value.trim() && value.split(/\r\n|\r|\n/).every((line, index) => line === line.trimEnd() && (index === 0 || !labelStart.test(line)));
const singleLine = text.filter((value) => value !== '' && !/[\r\n]/.test(value) && representable(value));
const multiLine = text.filter((value) => value !== '' && representable(value) && !/\r/.test(value));
const term = singleLine.filter((value) => !/[,，、;；]/.test(value) && /[\p{L}\p{N}]/u.test(value));
const terms = fc.uniqueArray(term, { maxLength: 5 });

const record = fc
  .record(
    {
      title: singleLine,
      link: fc.webUrl({ validSchemes: ['http', 'https'] }),
      date: fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
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
