// The file the `boilerplate` option names, read as text, not as a JSON module, so that a syntax
// error in it gets the message below instead of the bundler's.
import { boilerplate, boilerplateFile } from 'virtual:news-digest/assets';

const example = '`{ "patterns": ["举报\\\\s*/\\\\s*反馈\\\\s*$"] }`';

/**
 * Reads the patterns of a boilerplate file; throws one message naming the file and every bad entry,
 * with the fix.
 */
export function parseBoilerplate(text: string, file: string): RegExp[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { reason, at } = jsonError((error as Error).message);
    throw new Error(
      `${file}${at} The file is not valid JSON (${reason}), so no boilerplate pattern can be read. Fix the syntax, for example ${example}.`,
    );
  }
  const patterns = (data as { patterns?: unknown } | null)?.patterns;
  if (!Array.isArray(patterns)) {
    throw new Error(
      `${file} The file has no \`patterns\` list, so no boilerplate pattern can be read. Write the patterns as a list of strings, for example ${example}.`,
    );
  }
  const problems: string[] = [];
  const compiled = patterns.map((pattern: unknown, index) => {
    if (typeof pattern !== 'string') {
      problems.push(
        `${file} The entry ${index + 1} of \`patterns\` is ${JSON.stringify(pattern)}, not a string, so it cannot be a pattern. Write it in quotes, for example ${example}.`,
      );
      return undefined;
    }
    try {
      return new RegExp(pattern, 'gmu');
    } catch (error) {
      problems.push(
        `${file}${locate(text, JSON.stringify(pattern))} The pattern \`${pattern}\` is not a valid regular expression (${(error as Error).message.replace(/^.*: /, '')}), so it cannot remove anything. ` +
          'Escape characters that have a meaning in regular expressions, for example `\\\\(` for a bracket, and write every backslash twice in JSON.',
      );
      return undefined;
    }
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return compiled as RegExp[];
}

/** The publisher-boilerplate patterns of the `boilerplate` file (`boilerplate.json`), which every match is removed from article text. */
export const boilerplatePatterns = parseBoilerplate(boilerplate, boilerplateFile);

// V8 says where JSON breaks as `at position 12 (line 2 column 5)` when it knows; the rest is the reason.
function jsonError(message: string): { reason: string; at: string } {
  const place = /\(line (\d+) column (\d+)\)/.exec(message);
  const reason = message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '');
  return { reason, at: place ? `:${place[1]}:${place[2]}` : '' };
}

// `:line:column` of the first place a JSON string literal is written, or nothing when it is written another way.
function locate(text: string, literal: string): string {
  const index = text.indexOf(literal);
  if (index === -1) return '';
  const before = text.slice(0, index).split(/\r\n|\r|\n/);
  return `:${before.length}:${before.at(-1)!.length + 1}`;
}
