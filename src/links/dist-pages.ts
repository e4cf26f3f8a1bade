/**
 * The pages of a production build as link data: the ids each page has, the addresses it points
 * at, and where a redirect page leads. The published-links check and the link checker read dist/
 * through this, and the build-end steps read the published link index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { LinkIndex } from './link-index.ts';

/** The link index as the build published it (dist/enlaces.json): what every step after the pages reads. */
export function readBuiltLinkIndex(dist: string | URL): LinkIndex {
  const file = typeof dist === 'string' ? join(dist, 'enlaces.json') : new URL('enlaces.json', dist);
  return JSON.parse(readFileSync(file, 'utf8')) as LinkIndex;
}

export interface Page {
  /** Path inside dist/, with forward slashes: "objetos-de-docker/index.html". */
  file: string;
  ids: Set<string>;
  /** Every address the page points at, as written. */
  links: string[];
  /** The target of `<meta http-equiv="refresh">`, for redirect pages. */
  refresh?: string;
}

const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', link: 'href', area: 'href', img: 'src', script: 'src', source: 'src', iframe: 'src' };

export function htmlFiles(dist: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) files.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return files.sort();
}

export function readPage(dist: string, file: string): Page {
  const tree = fromHtml(readFileSync(join(dist, file), 'utf8'));
  const page: Page = { file, ids: new Set(), links: [] };
  visit(tree, 'element', (node: Element) => {
    const { id, name } = node.properties;
    if (typeof id === 'string') page.ids.add(id);
    if (node.tagName === 'a' && typeof name === 'string') page.ids.add(name);
    const attribute = LINK_ATTRIBUTES[node.tagName];
    const value = attribute ? node.properties[attribute === 'href' ? 'href' : 'src'] : undefined;
    if (typeof value === 'string') page.links.push(value);
    if (node.tagName === 'meta' && String(node.properties.httpEquiv).toLowerCase() === 'refresh') {
      const target = /url=(.+)$/i.exec(String(node.properties.content ?? ''))?.[1]?.trim();
      if (target) {
        page.refresh = target;
        page.links.push(target);
      }
    }
  });
  return page;
}

/** The dist/ file a site path is served from, as static hosts do; undefined if none. */
export function fileFor(dist: string, pathname: string): string | undefined {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  return candidates.find((candidate) => existsSync(join(dist, candidate)) && statSync(join(dist, candidate)).isFile());
}

/**
 * The page a fragment finally lands on: an old address of a renamed page is a redirect that
 * carries the #anchor over to the new page, so the fragment is looked up there.
 */
export function landing(dist: string, page: Page | undefined, fragment: string, read: (file: string) => Page | undefined): Page | undefined {
  if (!page?.refresh || page.ids.has(fragment) || page.refresh.includes('#')) return page;
  const next = fileFor(dist, new URL(page.refresh, 'http://x/').pathname);
  return next ? read(next) : page;
}
