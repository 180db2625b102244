// A top-level `key: value` line: the key plain, 'single-quoted' or "double-quoted", then a colon
// that ends the line or is followed by a space (`title: AI: 新纪元` writes the key `title`).
const keyLinePattern =
  /^(?:'((?:[^']|'')*)'|"((?:[^"\\]|\\.)*)"|([^\s'"#][^:]*?))[ \t]*:(?:[ \t]|$)/;

/**
 * The file line on which a top-level front-matter key is written, given the lines of the front matter
 * from the opening `---` line on; the `---` line itself (1) when the key is written in a way not found.
 */
export function frontMatterKeyLine(lines: readonly string[], key: string): number {
  const index = lines.findIndex((line) => writtenKey(line) === key);
  return index === -1 ? 1 : index + 1;
}

function writtenKey(line: string): string | undefined {
  const match = keyLinePattern.exec(line);
  if (!match) return undefined;
  const [, singleQuoted, doubleQuoted, plain] = match;
  if (singleQuoted !== undefined) return singleQuoted.replaceAll("''", "'");
  if (doubleQuoted !== undefined) return unescapeDoubleQuoted(doubleQuoted);
  return plain;
}

// YAML's double-quoted escapes are mostly JSON's; a key using another one is left as written.
function unescapeDoubleQuoted(text: string): string {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text;
  }
}
