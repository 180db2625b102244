import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { splitSentences } from './sentences.ts';

const maxLength = 120;

/** A short plain-text excerpt of Markdown: the first sentence of its first paragraph, cut at a readable length. */
export function excerpt(markdown: string): string {
  const first = fromMarkdown(markdown).children.find((node) => node.type === 'paragraph');
  const plain = first ? toString(first, { includeHtml: false }).replace(/\s+/gu, ' ').trim() : '';
  const sentence = splitSentences(plain)[0] ?? '';
  return sentence.length > maxLength ? `${sentence.slice(0, maxLength)}…` : sentence;
}
