import type { Heading, List, ListItem, Paragraph, Root, Text } from 'mdast';

type Point = NonNullable<Root['position']>['start'];

// Nearly every record is plain: scraped text made into paragraphs and `##` headings
// (`structureText`), and an event summary of a lead and a numbered list, with no character that
// Markdown reads as syntax. Parsing and rendering such text is most of deriving a record's texts,
// so it is read here line by line and rendered by joining strings, to the same tree and HTML.

// What Markdown may make something of in a line's text: a character of its syntax anywhere; a list
// marker, thematic break or indent at its start; white space at its end.
const markup = /[\\`*_[<>&~#\r\0]|^(?:\d{1,9}[.)]|[-+\s])|\s$/u;
const headingMarker = /^(#{1,6}) /;
const listMarker = /^(?:\d{1,9}\.|-) /;

/**
 * The Markdown tree of `markdown`, positions included, as the parser gives it, when the text is
 * made only of blocks parted by one blank line, each a paragraph or heading of one line or a tight
 * list of one-line items marked `1.` or `-`, with no character that Markdown reads as syntax in
 * their text. Undefined for any other text, which is parsed.
 */
export function plainTree(markdown: string): Root | undefined {
  const children: Root['children'] = [];
  const lines = new Lines();
  for (const block of markdown.split('\n\n')) {
    const node = listMarker.test(block) ? plainList(block, lines) : plainLine(block, lines);
    // A list after a blank line goes on the list before it, if of its kind, and makes it loose.
    const last = children.at(-1);
    if (!node || (node.type === 'list' && last?.type === 'list' && last.ordered === node.ordered))
      return undefined;
    children.push(node);
    lines.skipBlankLine();
  }
  return { type: 'root', children, position: { start: point(1, 0, 0), end: lines.end } };
}

function plainLine(line: string, lines: Lines): Paragraph | Heading | undefined {
  const depth = headingMarker.exec(line)?.[1]!.length as Heading['depth'] | undefined;
  const text = plainText(line, depth === undefined ? 0 : depth + 1, lines);
  if (!text) return undefined;
  const position = lines.take(line);
  return depth === undefined
    ? { type: 'paragraph', children: [text], position }
    : { type: 'heading', depth, children: [text], position };
}

function plainList(block: string, lines: Lines): List | undefined {
  const ordered = block[0] !== '-';
  const items: ListItem[] = [];
  for (const line of block.split('\n')) {
    const marker = listMarker.exec(line)?.[0];
    if (marker === undefined || (marker[0] !== '-') !== ordered) return undefined;
    const text = plainText(line, marker.length, lines);
    if (!text) return undefined;
    const position = lines.take(line);
    const paragraph: Paragraph = { type: 'paragraph', children: [text], position: text.position! };
    items.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position });
  }
  const start = ordered ? Number.parseInt(block, 10) : null;
  const position = { start: items[0]!.position!.start, end: items.at(-1)!.position!.end };
  return { type: 'list', ordered, start, spread: false, children: items, position };
}

// The text of a line after its marker, or undefined when Markdown would make more of it.
function plainText(line: string, from: number, lines: Lines): Text | undefined {
  const value = line.slice(from);
  if (value === '' || value.includes('\n') || markup.test(value)) return undefined;
  return { type: 'text', value, position: { start: lines.at(from), end: lines.at(line.length) } };
}

const point = (line: number, column: number, offset: number): Point => ({
  line,
  column: column + 1,
  offset,
});

// Where the reading is: the line it is on, and the offset that line starts at.
class Lines {
  #line = 1;
  #offset = 0;
  /** The end of the last line taken. */
  end = point(1, 0, 0);

  /** The point `column` characters into the current line. */
  at(column: number): Point {
    return point(this.#line, column, this.#offset + column);
  }

  /** The position of `line`, the current one; moves past it and its line break. */
  take(line: string): { start: Point; end: Point } {
    const position = { start: this.at(0), end: (this.end = this.at(line.length)) };
    this.#line++;
    this.#offset += line.length + 1;
    return position;
  }

  skipBlankLine(): void {
    this.#line++;
    this.#offset++;
  }
}

/**
 * The HTML that the site's pipelines make of a tree of plain blocks, whatever its source:
 * paragraphs and headings of one line of text, and tight lists (numbered from one) of such
 * paragraphs. Each text goes through `filter` first, as a plugin would change it before the
 * stringifier, which escapes `&` and `<`. Undefined for any other tree, which the pipeline renders.
 */
export function plainHtml(
  tree: Root,
  filter: (text: string) => string = (text) => text,
): string | undefined {
  // The HTML of a paragraph's or heading's one line of text; undefined for anything more.
  const lineHtml = ({ children: [text, ...rest] }: Paragraph | Heading) =>
    text?.type === 'text' && rest.length === 0 && !text.value.includes('\n')
      ? escapeText(filter(text.value))
      : undefined;
  const blockHtml = (node: Paragraph | Heading) => {
    const html = lineHtml(node);
    const tag = node.type === 'paragraph' ? 'p' : `h${node.depth}`;
    return html === undefined ? undefined : `<${tag}>${html}</${tag}>`;
  };
  const listHtml = (list: List) => {
    if (list.spread || (list.ordered && list.start !== 1)) return undefined;
    const items: string[] = [];
    for (const { spread, children } of list.children) {
      const [paragraph, ...rest] = children;
      if (spread || rest.length > 0 || paragraph?.type !== 'paragraph') return undefined;
      const html = lineHtml(paragraph);
      if (html === undefined) return undefined;
      items.push(`<li>${html}</li>`);
    }
    const tag = list.ordered ? 'ol' : 'ul';
    return `<${tag}>\n${items.join('\n')}\n</${tag}>`;
  };
  const blocks: string[] = [];
  for (const node of tree.children) {
    const html =
      node.type === 'list'
        ? listHtml(node)
        : node.type === 'paragraph' || node.type === 'heading'
          ? blockHtml(node)
          : undefined;
    if (html === undefined) return undefined;
    blocks.push(html);
  }
  return blocks.join('\n');
}

// As the stringifier writes text: `&` and `<` as character references, nothing else.
const escapeText = (text: string) => text.replaceAll('&', '&#x26;').replaceAll('<', '&#x3C;');
