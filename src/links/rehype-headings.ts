import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../i18n/ui.ts';
import { slugify } from './slug.ts';

const LINKED = new Set(['h2', 'h3', 'h4']);

interface Frontmatter {
  number?: string;
  numberedSubsections?: boolean;
}

/**
 * Gives every heading a stable id (its text, slugified), checks the book's numbering of h2s
 * where the page asks for it, and wraps h2–h4 with a permalink so the anchor text never
 * leaks into the heading's own text (TOC, search).
 */
export default function rehypeHeadings() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data.astro as { frontmatter?: Frontmatter } | undefined)?.frontmatter ?? {};
    const seen = new Map<string, Element>();
    let expected = 1;

    visit(tree, 'element', (node, index, parent) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      const text = toString(node).trim();
      if (!text) file.fail('Encabezado vacío: todo encabezado necesita texto', node);

      if (node.tagName === 'h2' && frontmatter.numberedSubsections) {
        const want = `${frontmatter.number}.${expected}`;
        const got = /^(\d+(?:\.\d+)+)\s/.exec(text)?.[1];
        if (got !== want) {
          file.fail(`El encabezado «${text}» debe empezar por el número ${want} (la página numera sus subsecciones)`, node);
        }
        expected += 1;
      }

      const id = typeof node.properties.id === 'string' ? node.properties.id : slugify(text);
      if (seen.has(id)) file.fail(`Dos encabezados darían el mismo id «${id}»: cambia el texto de uno`, node);
      seen.set(id, node);
      node.properties.id = id;

      if (!LINKED.has(node.tagName) || !parent || index === undefined) return;
      const anchor: ElementContent = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['anchor'], href: `#${id}`, ariaLabel: t('heading.anchor', { title: text }), dataPagefindIgnore: '' },
        children: [{ type: 'text', value: '#' }],
      };
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading', `heading-${node.tagName}`] },
        children: [node, anchor],
      };
      return index + 1;
    });
  };
}
