import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import type { RecordType } from './client/params.ts';

/** One search result: a part of a page that Pagefind indexes as a page of its own. */
export interface SearchRecord {
  /** The page and the part's anchor: /objetos-de-docker/#1-13-3-volumenes (the page's intro: /objetos-de-docker/). */
  url: string;
  /** What the result is called: the heading, the figure's title or the glossary term. */
  title: string;
  /** The page it belongs to, as the reader knows it: «1.13 Objetos de Docker», «Glosario». */
  page: string;
  type: RecordType;
  /** A whole HTML document for Pagefind's addHTMLFile: lang="es", data-pagefind-body, the metadata. */
  html: string;
}

/**
 * Pagefind weight (0–10) of the heading a section's part starts with: an h2 above its own h3s, both above
 * the glossary's terms (Pagefind's h2, 6), so the book's part comes before the entry that defines the word.
 */
export const HEADING_WEIGHT = { h2: 10, h3: 8 } as const;

const isElement = (node: ElementContent | Root['children'][number]): node is Element => node.type === 'element';
const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
const id = (node: Element) => (typeof node.properties.id === 'string' ? node.properties.id : undefined);

/** Text a reader sees: without what Pagefind is told to ignore (permalinks, copy buttons). */
function visibleText(node: Element): string {
  const copy = structuredClone(node);
  visit(copy, 'element', (child, index, parent) => {
    if (child.properties.dataPagefindIgnore === undefined || !parent || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return toString(copy).replace(/\s+/g, ' ').trim();
}

/** The heading a record starts at: an h2/h3 with an id, bare or in rehype-headings' div.heading. */
function headingOf(node: Element): Element | undefined {
  if (/^h[23]$/.test(node.tagName) && id(node)) return node;
  if (classes(node).includes('heading')) return node.children.filter(isElement).find((child) => /^h[23]$/.test(child.tagName) && id(child));
  return undefined;
}

const metaTag = (key: string, value: string): Element => ({ type: 'element', tagName: 'span', properties: { dataPagefindMeta: `${key}:${value}` }, children: [] });

function record(url: string, title: string, page: string, type: RecordType, nodes: ElementContent[]): SearchRecord {
  const main: Element = {
    type: 'element',
    tagName: 'main',
    // One data-pagefind-meta per element: Pagefind reads «key:value» up to the end, colons included.
    properties: { dataPagefindBody: '', dataPagefindMeta: `title:${title}` },
    children: [metaTag('page', page), metaTag('type', type), ...nodes],
  };
  const escaped = title.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`);
  return { url, title, page, type, html: `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>${escaped}</title></head><body>${toHtml(main)}</body></html>` };
}

/**
 * Cuts a built page's data-pagefind-body into the parts a student looks for: the intro under the h1,
 * each h2 and h3 with what follows it, each figure on its own, and each glossary entry. Pagefind
 * ranks whole pages; the book's four pages are long, so a heading that matched was one word among
 * thousands, and the first query fetched every page's full text (README, «Búsqueda»).
 */
export function splitPage(html: string, pagePath: string): SearchRecord[] {
  const tree = fromHtml(html);
  let body: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.properties.dataPagefindBody !== undefined) body = node;
  });
  if (!body) return [];
  const h1 = body.children.filter(isElement).find((node) => node.tagName === 'h1');
  const page = h1 ? visibleText(h1) : pagePath;
  // In page order: the part under a heading keeps its place while a figure inside it is pushed.
  const records: (SearchRecord | undefined)[] = [];
  let current = { url: pagePath, title: page, type: 'seccion' as RecordType, nodes: [] as ElementContent[], slot: records.push(undefined) - 1 };
  const close = () => {
    if (current.nodes.some((node) => isElement(node) || (node.type === 'text' && node.value.trim()))) records[current.slot] = record(current.url, current.title, page, current.type, current.nodes);
  };
  const walk = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (!isElement(node)) {
        current.nodes.push(node);
        continue;
      }
      const heading = headingOf(node);
      if (heading) {
        close();
        // A part is found by its name first («imagenes» → 1.13.1 Imágenes).
        heading.properties.dataPagefindWeight = String(HEADING_WEIGHT[heading.tagName as 'h2' | 'h3']);
        current = { url: `${pagePath}#${id(heading)}`, title: visibleText(heading), type: 'apartado', nodes: [node], slot: records.push(undefined) - 1 };
      } else if (node.tagName === 'figure' && id(node)) {
        records.push(record(`${pagePath}#${id(node)}`, String(node.properties.dataPagefindTitle ?? visibleText(node)), page, 'figura', [node]));
      } else if (classes(node).includes('glossary')) {
        walk(node.children);
      } else if (classes(node).includes('glossary-entry')) {
        const term = node.children.filter(isElement).find((child) => child.tagName === 'h2' && id(child));
        if (!term) throw new Error(`${pagePath}: una entrada del glosario sin <h2 id>`);
        records.push(record(`${pagePath}#${id(term)}`, visibleText(term), page, 'termino', [node]));
      } else current.nodes.push(node);
    }
  };
  walk(body.children);
  close();
  return records.filter((part) => part !== undefined);
}
