import matter from 'gray-matter';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { RecordProblem } from './record-problem.ts';

/** How deep lists and mappings may nest in front matter; a record needs two levels (the fields, then a list). */
export const maxFrontMatterDepth = 10;

/** How many YAML aliases (`*name`) one front matter may use; more only serve to inflate a record. */
export const maxFrontMatterAliases = 100;

/** The front matter of a Markdown record as YAML reads it, its raw block and the body after it. */
export interface FrontMatter {
  data: Record<string, unknown>;
  matter: string;
  content: string;
}

const engines = {
  // The core schema has no timestamps (a date stays as written) and no merge keys (`<<`, which copy).
  // Aliases are not copied but shared, and the limits stop a "billion laughs" before anything grows.
  yaml: (text: string): object =>
    load(text, {
      schema: CORE_SCHEMA,
      maxDepth: maxFrontMatterDepth,
      maxAliases: maxFrontMatterAliases,
    }) ?? {},
  // gray-matter evaluates front matter marked `---js` as JavaScript; records are untrusted, so that engine never runs.
  javascript: (): object => {
    throw new Error('JavaScript front matter is never run.');
  },
};

/** Splits a Markdown record into its front matter, read as bounded YAML, and its body; or the problem that stops it. */
export function readFrontMatter(
  source: string,
  file: string,
): FrontMatter | { problem: RecordProblem } {
  const language = frontMatterLanguage(source);
  if (language) {
    return {
      problem: frontMatterProblem(
        file,
        1,
        1,
        `The front matter is marked as \`${language}\`, but only YAML is read. Open it with a plain \`---\` line.`,
      ),
    };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's cache, which would share results between equal inputs.
    parsed = matter(source, { language: 'yaml', engines });
  } catch (error) {
    return {
      problem: yamlProblem(
        file,
        error as { reason?: string; mark?: { line: number; column: number } },
      ),
    };
  }
  const data: unknown = parsed.data;
  if (typeof data !== 'object' || Array.isArray(data)) {
    const message =
      'The front matter is not a set of `key: value` lines, so no field can be read. ' +
      'Write one field a line, for example `title: 国产大模型发布新版本`.';
    return { problem: frontMatterProblem(file, 2, 1, message) };
  }
  return {
    data: data as Record<string, unknown>,
    matter: parsed.matter ?? '',
    content: parsed.content,
  };
}

/** The language named after the opening `---`, found by gray-matter's own rule (which also reads it after a lone `\r`); empty for YAML. */
function frontMatterLanguage(source: string): string {
  // A fourth dash means the file has no front matter to gray-matter.
  if (!source.startsWith('---') || source[3] === '-') return '';
  return matter.language(source).name.split(/\s/, 1)[0]!.slice(0, 20);
}

function yamlProblem(
  file: string,
  error: { reason?: string; mark?: { line: number; column: number } },
): RecordProblem {
  // The YAML block starts on the opening `---` line, so its line 0 is the file's line 1.
  const at = (message: string) =>
    frontMatterProblem(file, (error.mark?.line ?? 0) + 1, (error.mark?.column ?? 0) + 1, message);
  const reason = error.reason ?? 'unreadable';
  if (reason.startsWith('nesting exceeded maxDepth')) {
    return at(
      `The front matter nests lists or mappings more than ${maxFrontMatterDepth} levels deep, so it is not read: a field holds text or one flat list. ` +
        'Write the list flat, for example `keywords: [大模型, 多模态]`.',
    );
  }
  if (reason.startsWith('aliases exceeded maxAliases')) {
    return at(
      `The front matter uses more than ${maxFrontMatterAliases} YAML aliases (\`*name\`), so it is not read: that many repeats only inflate a record, as a "billion laughs" does. ` +
        'Write each value out, for example `keywords: [大模型, 多模态]`.',
    );
  }
  return at(
    `The front matter is not valid YAML (${reason}), so no field can be read. ` +
      'Fix the syntax near this line; quote values that contain `:` or `#`, for example `title: "AI: 新纪元"`.',
  );
}

function frontMatterProblem(
  file: string,
  line: number,
  column: number,
  message: string,
): RecordProblem {
  return { file, line, column, field: 'front matter', message };
}
