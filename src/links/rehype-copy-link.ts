import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { copyLinkButtons } from './copy-link.ts';
import { shortPath, splitNumber } from './link-index.ts';

const isHeading = (node: Element) => /^h[1-6]$/.test(node.tagName) && typeof node.properties.id === 'string';

/**
 * Adds copy-link buttons to every heading wrapper made by rehype-headings: the full permanent
 * address, and the short one (/1.13.3) when the heading carries the book's number.
 */
export default function rehypeCopyLink() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties.className;
      if (node.tagName !== 'div' || !Array.isArray(classes) || !classes.includes('heading')) return;
      const heading = node.children.find((child): child is Element => child.type === 'element' && isHeading(child));
      if (!heading) return;
      const title = toString(heading).trim();
      const { number } = splitNumber(title);
      node.children.push(copyLinkButtons({ target: `#${heading.properties.id}`, short: number && shortPath('apartado', number), title }));
    });
  };
}
