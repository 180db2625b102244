import type { Root } from 'mdast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { cleanText } from './clean-text.ts';
import { rehypeAbsoluteLinks } from './rehype-absolute-links.ts';
import { structureText } from './structure-text.ts';

// Record text is untrusted: remark-rehype drops raw HTML, and the sanitizer, last in the chain,
// keeps only safe elements (no images, which would load from anywhere), links to http: and https:
// addresses, and the rel of outbound links.
const schema = {
  ...defaultSchema,
  tagNames: defaultSchema.tagNames?.filter((name) => name !== 'img'),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https'] },
  attributes: { ...defaultSchema.attributes, a: [...(defaultSchema.attributes?.a ?? []), 'rel'] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeAbsoluteLinks)
  .use(rehypeExternalLinks, {
    rel: ['noopener', 'noreferrer', 'nofollow'],
    protocols: ['http', 'https'],
  })
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

/** Renders untrusted Markdown from a record to safe HTML. */
export function renderMarkdown(markdown: string): string {
  return renderMarkdownTree(processor.parse(markdown));
}

/** Renders the tree of untrusted Markdown, as `renderMarkdown` does its text. */
export function renderMarkdownTree(tree: Root): string {
  return processor.stringify(processor.runSync(tree));
}

/** Renders a scraped article text: boilerplate removed, headings restored, paragraphs of readable length. */
export function renderArticleText(text: string): string {
  const markdown = structureText(cleanText(text));
  const tree = plainTextTree(markdown);
  return tree ? renderMarkdownTree(tree) : renderMarkdown(markdown);
}

// What Markdown may make something of in a line: a character of its syntax anywhere; a list
// marker, thematic break or indent at its start; white space at its end.
const markup = /[\\`*_[<>&~#\r\0]|^(?:\d{1,9}[.)]|[-+\s])|\s$/u;

/**
 * The Markdown tree of text made only of paragraphs and `##` headings of one line each, with no
 * character that Markdown reads as syntax, as the parser would give it: nearly every scraped text
 * (`structureText`) is such, and parsing it is most of rendering it. Undefined for any other text,
 * which is parsed.
 */
export function plainTextTree(markdown: string): Root | undefined {
  const children: Root['children'] = [];
  for (const block of markdown.split('\n\n')) {
    const heading = block.startsWith('## ');
    const value = heading ? block.slice(3) : block;
    if (value === '' || value.includes('\n') || markup.test(value)) return undefined;
    const text = [{ type: 'text' as const, value }];
    children.push(
      heading
        ? { type: 'heading', depth: 2, children: text }
        : { type: 'paragraph', children: text },
    );
  }
  return { type: 'root', children };
}
