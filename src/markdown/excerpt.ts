import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { splitSentences } from './sentences.ts';

const maxLength = 120;

/** A short plain-text excerpt of Markdown: the first sentence of its first paragraph, cut at a readable length. */
export function excerpt(markdown: string): string {
  const first = fromMarkdown(markdown).children.find((node) => node.type === 'paragraph');
  return firstSentence(first);
}

/**
 * The key event of an event summary: the first sentence of the first item of its first list (the
 * summaries are a lead sentence and a numbered list of events), else the excerpt of the summary.
 */
export function keyEvent(markdown: string): string {
  const tree = fromMarkdown(markdown);
  const list = tree.children.find((node) => node.type === 'list');
  return list ? firstSentence(list.children[0]) : excerpt(markdown);
}

// The plain text of a node's first sentence, cut at a readable length; empty without a node.
function firstSentence(node: Parameters<typeof toString>[0]): string {
  const plain = node ? toString(node, { includeHtml: false }).replace(/\s+/gu, ' ').trim() : '';
  const sentence = splitSentences(plain)[0] ?? '';
  return sentence.length > maxLength ? `${sentence.slice(0, maxLength)}…` : sentence;
}
