// Discovers what the build produced, so every gate covers every page that exists, today's and tomorrow's.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const DIST = 'dist';

/** Every file under dir, as sorted absolute paths. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => resolve(entry.parentPath, entry.name))
    .sort();
}

export interface Page {
  /** Absolute path of the .html file. */
  file: string;
  /** The URL that serves the file itself: dist/a/index.html → /a/, dist/404.html → /404.html. */
  path: string;
  /** A redirect page (meta refresh): it sends the reader elsewhere before they see it. */
  redirect: boolean;
}

/** Every built HTML file with the URL a static host serves it at. */
export function pages(dist: string = DIST): Page[] {
  const root = resolve(dist);
  return walk(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = relative(root, file).split(sep).join('/');
      const path = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
      return { file, path, redirect: /<meta[^>]+http-equiv=["']?refresh/i.test(readFileSync(file, 'utf8')) };
    });
}

/** The search page loads the search UI on purpose; every other page must wait until search is opened. */
export const SEARCH_PATHS = new Set(['/buscar/']);
