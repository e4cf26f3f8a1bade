// Reads the production build in dist/ as parsed HTML, for tests that check what readers get.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

export interface Page {
  /** URL path, e.g. "/objetos-de-docker/". */
  path: string;
  /** File under dist/, for messages. */
  file: string;
  html: string;
  tree: Root;
}

/** Every HTML page of the build. Fails loudly when there is no build to test. */
export function readPages(): Page[] {
  if (!existsSync(DIST)) throw new Error(`No existe ${DIST}: ejecuta «astro build» antes de estos tests`);
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files.map((file) => {
    const path = `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
    const html = readFileSync(join(DIST, file), 'utf8');
    return { path, file: relative(ROOT, join(DIST, file)), html, tree: fromHtml(html) };
  });
}

/** Elements in document order, optionally filtered by tag name. */
export function elements(tree: Root | Element, ...tags: string[]): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (tags.length === 0 || tags.includes(node.tagName)) found.push(node);
  });
  return found;
}

export const textOf = (node: Element): string => toString(node).replace(/\s+/g, ' ').trim();

/**
 * What a reader (or a search engine) can read on the page: the text of every element but scripts and
 * styles, plus texts that live in attributes (meta descriptions, alt, title, aria-label).
 */
export function readableText(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node, _index, parent) => {
    if (node.type === 'element') {
      if (node.tagName === 'script' || node.tagName === 'style') return 'skip';
      for (const key of ['content', 'alt', 'title', 'ariaLabel'] as const) {
        const value = node.properties[key];
        if (typeof value === 'string') parts.push(value);
      }
    } else if (node.type === 'text' && parent) {
      parts.push(node.value);
    }
    return undefined;
  });
  return parts.join(' ');
}

/** Every file under dir, as sorted absolute paths. */
export function walk(dir: string = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => resolve(entry.parentPath, entry.name))
    .sort();
}

/** A redirect page (meta refresh, e.g. a short URL): it sends the reader elsewhere before they see it. */
export const isRedirect = (html: string) => /<meta[^>]+http-equiv=["']?refresh/i.test(html);

/** The search page loads the search UI on purpose; every other page must wait until search is opened. */
export const SEARCH_PATHS = new Set(['/buscar/']);
