import { defaultTimeZone } from '../normalize/dates.ts';
import { buildRecord, type LocatedValue, type ParseResult } from './build-record.ts';
import { maxRecordBytes } from './decode-record.ts';
import type { FieldKey } from './fields.ts';
import { frontMatterKeyLine } from './front-matter-line.ts';
import { readFrontMatter } from './front-matter.ts';
import type { RecordProblem } from './record-problem.ts';

const frontMatterKeys = [
  'title',
  'link',
  'date',
  'keywords',
  'aiTech',
  'industries',
  'events',
] as const satisfies readonly FieldKey[];

/** The most characters the front-matter fields may hold together: what a record file may hold, so aliases cannot grow a record past it. */
export const maxFrontMatterCharacters = maxRecordBytes;

/** Parses a Markdown record: YAML front matter for the fields, the body for the article text; dates are read in `timeZone`. */
export function parseMarkdownRecord(
  source: string,
  file: string,
  timeZone = defaultTimeZone,
): ParseResult {
  const frontMatter = readFrontMatter(source, file);
  if ('problem' in frontMatter) return { problems: [frontMatter.problem], warnings: [] };
  const problems: RecordProblem[] = [];
  const fields = new Map<FieldKey, LocatedValue>();
  const keyLines = frontMatter.matter.split(/\r\n|\r|\n/);
  let characters = 0;
  for (const [key, value] of Object.entries(frontMatter.data)) {
    const line = frontMatterKeyLine(keyLines, key);
    if (!(frontMatterKeys as readonly string[]).includes(key)) {
      problems.push(
        markdownProblem(
          file,
          line,
          key,
          `The front-matter key \`${key}\` is not a record field, so its value would be lost. Use one of ${frontMatterKeys.map((name) => `\`${name}\``).join(', ')}.`,
        ),
      );
      continue;
    }
    const text = toText(value);
    if ('nested' in text) {
      problems.push(markdownProblem(file, line, key, nestedMessage(key, text.nested)));
      continue;
    }
    // Counted before anything is joined: aliases share one value, so a list of them costs nothing until it is.
    characters += text.length;
    if (characters > maxFrontMatterCharacters) {
      const message =
        `The front-matter key \`${key}\` brings the fields, with their YAML aliases (\`*name\`) written out, past ${maxFrontMatterCharacters.toLocaleString('en')} characters, ` +
        'more than a record file may hold, so the record is not read. Write each value out once, for example `keywords: [大模型, 多模态]`.';
      problems.push(markdownProblem(file, line, key, message));
      break;
    }
    fields.set(key as FieldKey, { line, column: 1, value: text.value });
  }
  const bodyLine = source
    .slice(0, source.length - frontMatter.content.length)
    .split(/\r\n|\r|\n/).length;
  if (frontMatter.content.trim() !== '')
    fields.set('text', { line: bodyLine, column: 1, value: frontMatter.content });
  return buildRecord(fields, file, problems, timeZone);
}

/** A front-matter value as text or a flat list of texts, with its length; or what nests inside it. */
function toText(
  value: unknown,
): { value: string | string[]; length: number } | { nested: 'object' | 'list' } {
  if (Array.isArray(value)) {
    const items: string[] = [];
    let length = 0;
    for (const item of value) {
      // Also stops an alias to a list inside a list before it is expanded.
      if (item !== null && typeof item === 'object') return { nested: 'list' };
      items.push(scalarText(item));
      length += items.at(-1)!.length;
    }
    return { value: items, length };
  }
  if (value !== null && typeof value === 'object') return { nested: 'object' };
  const text = scalarText(value);
  return { value: text, length: text.length };
}

function scalarText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function nestedMessage(key: string, nested: 'object' | 'list'): string {
  if (nested === 'object') {
    return `The front-matter key \`${key}\` holds a nested object, which no record field accepts. Write text or a list, for example \`${key}: 大模型\`.`;
  }
  return `The front-matter key \`${key}\` holds a list or an object inside its list, which no record field accepts. Write one flat list, for example \`${key}: [大模型, 多模态]\`.`;
}

function markdownProblem(
  file: string,
  line: number,
  field: string,
  message: string,
): RecordProblem {
  return { file, line, column: 1, field, message };
}
