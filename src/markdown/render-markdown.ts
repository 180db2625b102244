import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Record text is untrusted: raw HTML is dropped by remark-rehype, and the sanitizer, last in the
// chain, keeps only safe elements and links to http: and https: addresses.
const schema = { ...defaultSchema, protocols: { ...defaultSchema.protocols, href: ['http', 'https'] } };

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

/** Renders untrusted Markdown from a record to safe HTML. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
