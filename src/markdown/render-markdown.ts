import type { Root } from 'mdast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { cleanText } from './clean-text.ts';
import { plainHtml, plainTree } from './plain-markdown.ts';
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
  return processor.stringify(processor.runSync(processor.parse(markdown)));
}

/** Renders the tree of untrusted Markdown, as `renderMarkdown` does its text. */
export function renderMarkdownTree(tree: Root): string {
  return plainHtml(tree) ?? processor.stringify(processor.runSync(tree));
}

/** Renders a scraped article text: boilerplate removed, headings restored, paragraphs of readable length. */
export function renderArticleText(text: string): string {
  const markdown = structureText(cleanText(text));
  const tree = plainTree(markdown);
  return tree ? renderMarkdownTree(tree) : renderMarkdown(markdown);
}
