import type { Paragraph, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { cleanText } from './clean-text.ts';
import { newsStatement } from './framing.ts';
import { splitSentences } from './sentences.ts';

const maxLength = 120;
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * A short plain-text excerpt that says what happened: the first sentence of the event summary (its
 * Markdown tree, `events`) that is news once its framing is dropped (see `newsStatement`), which is
 * often the first key event, else the first such sentence of the article text, cut cleanly at a
 * readable length. Only when neither has one, the first sentence as written; empty only when there
 * is no text at all. The text is read (`text()`) only when the event summary has no such sentence.
 */
export function excerpt(events: Root | undefined, text: () => string | undefined): string {
  const fromEvents = events ? sentences(events) : [];
  let sentence = fromEvents.map(newsStatement).find(Boolean);
  if (sentence === undefined) {
    const fromText = sentences(fromMarkdown(cleanText(text() ?? '')));
    sentence =
      fromText.map(newsStatement).find(Boolean) ??
      [...fromEvents, ...fromText].find((candidate) => candidate.trim() !== '') ??
      '';
  }
  return shorten(sentence.trim());
}

// The sentences of every paragraph of a Markdown tree, lead paragraphs and list items alike, in order.
function sentences(tree: Root): string[] {
  const paragraphs: Paragraph[] = [];
  visit(tree, 'paragraph', (paragraph) => {
    paragraphs.push(paragraph);
  });
  return paragraphs.flatMap((paragraph) =>
    splitSentences(toString(paragraph, { includeHtml: false }).replace(/\s+/gu, ' ').trim()),
  );
}

// A sentence longer than `maxLength` cut after its last clause in the second half, else after its
// last whole word, and marked `…`.
function shorten(sentence: string): string {
  if (sentence.length <= maxLength) return sentence;
  const head = sentence.slice(0, maxLength);
  const clause = Math.max(...[...'，、；：,;'].map((mark) => head.lastIndexOf(mark)));
  let end = clause;
  if (clause < maxLength / 2) {
    end = 0;
    for (const { index, segment } of words.segment(sentence.slice(0, maxLength + 1))) {
      if (index + segment.length > maxLength) break;
      end = index + segment.length;
    }
  }
  return `${sentence.slice(0, end || maxLength).replace(/[\s，、；：,;“‘「『（(《]+$/u, '')}…`;
}
