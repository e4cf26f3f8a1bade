import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { t } from '../i18n/ui.ts';

/**
 * Puts a "Copiar" button (and an «Ajustar líneas» toggle) beside every highlighted code block at build time, hidden until the
 * script enables it: the page never moves when it loads, and without JavaScript nothing dead shows.
 */
export default function rehypeCodeCopy() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      // A code block can scroll sideways, so keyboard users must be able to focus it (Shiki does this for
      // the blocks it highlights; fences it skips, such as mermaid, come without it).
      node.properties.tabIndex ??= 0;
      const button: Element = {
        type: 'element',
        tagName: 'button',
        properties: {
          type: 'button',
          className: ['copy'],
          hidden: true,
          ariaLabel: t('code.copyLabel'),
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: t('code.copy') }],
      };
      // Long lines scroll sideways; this toggle wraps them instead (as Starlight's and Docusaurus's frames do).
      const wrap: Element = {
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['wrap'], hidden: true, ariaPressed: 'false', dataPagefindIgnore: '' },
        children: [{ type: 'text', value: t('code.wrap') }],
      };
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-block'] },
        // Buttons first, as they are shown (above the code): on a slow network the code is drawn before
        // the rest of the block arrives, so nothing may come in later above it. Focus order follows.
        children: [wrap, button, node],
      };
      return index + 1;
    });
  };
}
