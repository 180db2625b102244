/** What a JSON file of regular expressions holds and what its patterns are for, for reading it and for its messages. */
export interface PatternFileFormat<List extends string> {
  /** What the patterns are, in messages: `boilerplate`, `framing`. */
  kind: string;
  /** The keys of the lists of patterns the file must have. */
  lists: readonly List[];
  /** The flags every pattern is compiled with. */
  flags: string;
  /** What a pattern does, in messages: `remove anything`. */
  effect: string;
  /** A valid file, in backticks, for the fix in messages. */
  example: string;
}

/**
 * Reads the lists of regular expressions of a JSON pattern file; throws one message naming the file
 * and every bad entry, with the fix.
 */
export function parsePatternFile<List extends string>(
  text: string,
  file: string,
  { kind, lists, flags, effect, example }: PatternFileFormat<List>,
): Record<List, RegExp[]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { reason, at } = jsonError((error as Error).message);
    throw new Error(
      `${file}${at} The file is not valid JSON (${reason}), so no ${kind} pattern can be read. Fix the syntax, for example ${example}.`,
    );
  }
  const problems: string[] = [];
  const compile = (list: List, pattern: unknown, index: number) => {
    if (typeof pattern !== 'string') {
      problems.push(
        `${file} The entry ${index + 1} of \`${list}\` is ${JSON.stringify(pattern)}, not a string, so it cannot be a pattern. Write it in quotes, for example ${example}.`,
      );
      return undefined;
    }
    try {
      return new RegExp(pattern, flags);
    } catch (error) {
      problems.push(
        `${file}${locate(text, JSON.stringify(pattern))} The pattern \`${pattern}\` is not a valid regular expression (${(error as Error).message.replace(/^.*: /, '')}), so it cannot ${effect}. ` +
          'Escape characters that have a meaning in regular expressions, for example `\\\\(` for a bracket, and write every backslash twice in JSON.',
      );
      return undefined;
    }
  };
  const compiled = lists.map((list) => {
    const patterns = (data as Record<string, unknown> | null)?.[list];
    if (!Array.isArray(patterns)) {
      problems.push(
        `${file} The file has no \`${list}\` list, so no ${kind} pattern can be read. Write the patterns as a list of strings, for example ${example}.`,
      );
      return [list, []];
    }
    return [list, patterns.map((pattern: unknown, index) => compile(list, pattern, index))];
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return Object.fromEntries(compiled) as Record<List, RegExp[]>;
}

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
