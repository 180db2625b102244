import { splitSentences } from './sentences.ts';

// A scraped section heading: 4–16 letters, doubled and glued to the text, after a sentence end.
const doubledHeading = /(?<=^|[。！？”’」』）])((?:\p{Script=Han}|[A-Za-z]){4,16}?)\1/gu;
// Paragraphs of scraped text are cut once they reach about this many characters.
const paragraphLength = 160;

/** Turns scraped single-line text into Markdown: doubled headings become `##` headings, long lines paragraphs. */
export function structureText(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((block) => (block.includes('\n') ? block : structureLine(block)))
    .join('\n\n');
}

function structureLine(line: string): string {
  const parts: string[] = [];
  let start = 0;
  for (const match of line.matchAll(doubledHeading)) {
    // A run of one repeated syllable (`很很很很很很很很`) is emphasis, not a heading.
    if (new Set(match[1]).size < 3) continue;
    parts.push(...toParagraphs(line.slice(start, match.index)), `## ${match[1]}`);
    start = match.index + match[0].length;
  }
  parts.push(...toParagraphs(line.slice(start)));
  return parts.join('\n\n');
}

function toParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  for (const sentence of splitSentences(text.trim())) {
    current += sentence;
    if (current.length >= paragraphLength) {
      paragraphs.push(current.trim());
      current = '';
    }
  }
  if (current.trim() !== '') paragraphs.push(current.trim());
  return paragraphs;
}
