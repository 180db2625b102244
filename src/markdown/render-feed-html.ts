import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { plainHtml } from './plain-markdown.ts';

// A feed reader renders a description as HTML, and some decode its entities once more before they do
// (so `&lt;img&gt;` in the feed becomes a live `<img>`). Feeds therefore get the page's pipeline with a
// stricter schema: structure only, without attributes, links or images, so nothing in the HTML is
// escaped but text; and in text `<` and `>` are written full-width, so no decoding can make a tag of them.
const feedSchema: SanitizeSchema = {
  tagNames: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ol',
    'ul',
    'li',
    'strong',
    'em',
    'del',
    'code',
    'pre',
  ],
  attributes: {},
  strip: ['script', 'style'],
};

const fullWidthBrackets = (text: string) => text.replaceAll('<', '＜').replaceAll('>', '＞');

function rehypeFullWidthBrackets() {
  return (tree: HastRoot) => {
    visit(tree, 'text', (node) => {
      node.value = fullWidthBrackets(node.value);
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeSanitize, feedSchema)
  .use(rehypeFullWidthBrackets)
  .use(rehypeStringify);

/** Renders the tree of untrusted Markdown for a feed description: structure and text only, safe even for a reader that decodes entities twice. */
export function renderFeedTree(tree: Root): string {
  return plainHtml(tree, fullWidthBrackets) ?? processor.stringify(processor.runSync(tree));
}

/** Renders untrusted plain text as one feed paragraph, the same way: every character as text, none as markup. */
export function renderFeedText(text: string): string {
  // Built as a Markdown tree, not parsed, so that nothing in the text is read as Markdown.
  return renderFeedTree({
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
  });
}
