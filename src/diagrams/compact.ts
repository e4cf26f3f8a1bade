import type { Element, ElementContent } from 'hast';
import { readFileSync } from 'node:fs';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Mermaid's markup serves its own stylesheet and scripts, which the page drops: a label is one
 * <tspan> per word, every element carries ids and classes nothing reads, and empty <rect>s wait for
 * a size Mermaid never gives them. A sixth of a long page's gzip bytes; nothing on screen changes.
 */

/** The classes src/styles/diagrams.css styles (also the standalone figures' CSS), plus the label
 *  rows and backgrounds the tests and the search text read. */
const stylesheet = readFileSync(new URL('../styles/diagrams.css', import.meta.url), 'utf8');
export const KEPT_CLASSES: ReadonlySet<string> = new Set([...[...stylesheet.matchAll(/\.([a-zA-Z][\w-]*)/g)].map((m) => m[1]!), 'row', 'background']);

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
const isElement = (node: ElementContent): node is Element => node.type === 'element';

/** Ids something in the SVG points at: url(#…), href="#…", aria-labelledby / aria-describedby. */
function referencedIds(svg: Element): Set<string> {
  const used = new Set<string>();
  visit(svg, 'element', (node) => {
    for (const [name, value] of Object.entries(node.properties)) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      for (const match of text.matchAll(/url\(#([^)]+)\)/g)) used.add(match[1]!);
      if (/^(xLinkHref|href)$/.test(name) && text.startsWith('#')) used.add(text.slice(1));
      if (/^aria(LabelledBy|DescribedBy)$/.test(name)) for (const id of text.split(/\s+/)) used.add(id);
    }
  });
  return used;
}

/** A row's word <tspan>s, when they differ only in their words, become one text: same glyphs, same place. */
function mergeWords(row: Element): void {
  const words = row.children;
  if (words.length === 0 || !words.every((word) => isElement(word) && word.tagName === 'tspan' && word.children.every((c) => c.type === 'text'))) return;
  const first = JSON.stringify((words[0] as Element).properties);
  if (!words.every((word) => JSON.stringify((word as Element).properties) === first)) return;
  const value = words.map((word) => (word as Element).children.map((c) => (c.type === 'text' ? c.value : '')).join('')).join('');
  const { fontStyle, fontWeight, className: _className, ...rest } = (words[0] as Element).properties;
  const plain = fontStyle === 'normal' && fontWeight === 'normal' && Object.keys(rest).length === 0;
  row.children = plain ? [{ type: 'text', value }] : [{ ...(words[0] as Element), children: [{ type: 'text', value }] }];
}

export function compactSvg(svg: Element): void {
  const used = referencedIds(svg);
  visit(svg, 'element', (node, index, parent) => {
    if (node === svg) return;
    if (node.tagName === 'rect' && node.properties.width === undefined && node.properties.height === undefined && node.children.length === 0 && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    const kept = [...new Set(classes(node).filter((name) => KEPT_CLASSES.has(name)))];
    if (kept.length > 0) node.properties.className = kept;
    else delete node.properties.className;
    if (node.properties.id !== undefined && !used.has(String(node.properties.id))) delete node.properties.id;
    if (node.tagName === 'tspan' && kept.includes('row')) mergeWords(node);
  });
  // A bare <g> (no class, transform or id left) groups nothing: its children take its place.
  visit(svg, 'element', (node, index, parent) => {
    if (node === svg || node.tagName !== 'g' || Object.keys(node.properties).length > 0 || !parent || index === undefined) return;
    parent.children.splice(index, 1, ...node.children);
    return [SKIP, index];
  });
}
