import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Keeps a link's target only when it is an absolute http: or https: URL; record text may not link inside the site. */
export function rehypeAbsoluteLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && !(typeof href === 'string' && /^https?:\/\/[^/]/i.test(href)))
        delete node.properties.href;
    });
  };
}
