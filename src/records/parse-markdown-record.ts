import matter from 'gray-matter';
import { buildRecord, type LocatedValue, type ParseResult } from './build-record.ts';
import type { FieldKey } from './fields.ts';
import type { RecordProblem } from './record-problem.ts';

const frontMatterKeys = ['title', 'link', 'date', 'keywords', 'aiTech', 'industries', 'events'] as const satisfies readonly FieldKey[];

// gray-matter evaluates front matter marked `---js` as JavaScript; records are untrusted, so that engine never runs.
const engines = {
  javascript: (): object => {
    throw new Error('JavaScript front matter is never run.');
  },
};

/** Parses a Markdown record: YAML front matter for the fields, the body for the article text. */
export function parseMarkdownRecord(source: string, file: string): ParseResult {
  const language = frontMatterLanguage(source);
  if (language) {
    return { problems: [markdownProblem(file, 1, 'front matter', `The front matter is marked as \`${language}\`, but only YAML is read. Open it with a plain \`---\` line.`)], warnings: [] };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's cache, which would share results between equal inputs.
    parsed = matter(source, { language: 'yaml', engines });
  } catch (error) {
    return { problems: [yamlProblem(file, error as { reason?: string; mark?: { line: number; column: number } })], warnings: [] };
  }
  const problems: RecordProblem[] = [];
  const fields = new Map<FieldKey, LocatedValue>();
  const keyLines = parsed.matter.split(/\r\n|\r|\n/);
  for (const [key, value] of Object.entries(parsed.data)) {
    const index = keyLines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`${key} :`));
    const line = index + 1;
    if (!(frontMatterKeys as readonly string[]).includes(key)) {
      problems.push(markdownProblem(file, line, key, `The front-matter key \`${key}\` is not a record field, so its value would be lost. Use one of ${frontMatterKeys.map((name) => `\`${name}\``).join(', ')}.`));
      continue;
    }
    const text = toText(value);
    if (text === undefined) {
      problems.push(markdownProblem(file, line, key, `The front-matter key \`${key}\` holds a nested object, which no record field accepts. Write text or a list, for example \`${key}: 大模型\`.`));
      continue;
    }
    fields.set(key as FieldKey, { line, column: 1, value: text });
  }
  const bodyLine = source.slice(0, source.length - parsed.content.length).split(/\r\n|\r|\n/).length;
  if (parsed.content.trim() !== '') fields.set('text', { line: bodyLine, column: 1, value: parsed.content });
  return buildRecord(fields, file, problems);
}

/** The language named after the opening `---`, found by gray-matter's own rule (which also reads it after a lone `\r`); empty for YAML. */
function frontMatterLanguage(source: string): string {
  // A fourth dash means the file has no front matter to gray-matter.
  if (!source.startsWith('---') || source[3] === '-') return '';
  return matter.language(source).name.split(/\s/)[0].slice(0, 20);
}

function toText(value: unknown): string | string[] | undefined {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => String(item));
  if (value === null || typeof value !== 'object') return String(value ?? '');
  return undefined;
}

function markdownProblem(file: string, line: number, field: string, message: string): RecordProblem {
  return { file, line, column: 1, field, message };
}

function yamlProblem(file: string, error: { reason?: string; mark?: { line: number; column: number } }): RecordProblem {
  const line = (error.mark?.line ?? 0) + 1;
  return {
    file,
    line,
    column: (error.mark?.column ?? 0) + 1,
    field: 'front matter',
    message:
      `The front matter is not valid YAML (${error.reason ?? 'unreadable'}), so no field can be read. ` +
      'Fix the syntax near this line; quote values that contain `:` or `#`, for example `title: "AI: 新纪元"`.',
  };
}
