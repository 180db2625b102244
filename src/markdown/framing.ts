// Read as text, not as a JSON module, so that a syntax error in the file gets the message of
// `parsePatternFile` instead of the bundler's.
import framingJson from '../../framing.json?raw';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { parsePatternFile } from './pattern-file.ts';
import { splitSentences } from './sentences.ts';

const format = {
  kind: 'framing',
  lists: ['announce', 'lead', 'topic'],
  flags: 'u',
  effect: 'match any sentence',
  example:
    '`{ "announce": ["^以下是.*：$"], "lead": ["^文章指出，"], "topic": ["^本文主要介绍了"] }`',
} as const;

/** The framing patterns of a file in the format of `framing.json`, by list; throws one message naming the file and every bad entry. */
export function parseFraming(
  text: string,
  file: string,
): Record<(typeof format.lists)[number], RegExp[]> {
  return parsePatternFile(text, file, format);
}

const framing = parseFraming(framingJson, 'framing.json');

// What is left of a sentence after its framing reads as a statement when it says this much.
const minStatementLength = 6;

/**
 * What a sentence of a summary says about the news, without the framing of `framing.json`:
 * undefined when it only announces a list or names the article's topic, or when too little is left.
 */
export function newsStatement(sentence: string): string | undefined {
  const trimmed = sentence.trim();
  if (framing.announce.some((pattern) => pattern.test(trimmed))) return undefined;
  const lead = framing.lead.find((pattern) => pattern.test(trimmed));
  if (lead) {
    const rest = trimmed.replace(lead, '').trim();
    return (rest.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= minStatementLength ? rest : undefined;
  }
  return framing.topic.some((pattern) => pattern.test(trimmed)) ? undefined : trimmed;
}

/**
 * Removes the sentences that only announce the list after them (「以下是文章中提到的重大事件：」)
 * from Markdown, and a paragraph that held nothing else; `tree` is the Markdown's, when parsed already.
 */
export function dropListLeadIns(markdown: string, tree: Root = fromMarkdown(markdown)): string {
  const { children } = tree;
  let kept = markdown;
  // From the end, so that the offsets of earlier paragraphs stay right.
  for (let index = children.length - 2; index >= 0; index--) {
    const paragraph = children[index]!;
    if (paragraph.type !== 'paragraph' || children[index + 1]!.type !== 'list') continue;
    const sentences = splitSentences(toString(paragraph, { includeHtml: false }));
    const last = sentences.at(-1)?.trim() ?? '';
    if (!framing.announce.some((pattern) => pattern.test(last))) continue;
    const start = paragraph.position!.start.offset!;
    const end = paragraph.position!.end.offset!;
    const source = kept.slice(start, end);
    // A sentence with markup cannot be found in the source; it goes only with its whole paragraph.
    if (sentences.length === 1) kept = kept.slice(0, start) + kept.slice(end).replace(/^\s+/, '');
    else if (source.endsWith(last))
      kept = kept.slice(0, start) + source.slice(0, -last.length).trimEnd() + kept.slice(end);
  }
  return kept;
}
