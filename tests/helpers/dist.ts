import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

/** Every built HTML file, as { file: 'dist/x/index.html', path: '/x/', html }. */
export function builtPages(dist = DIST): { file: string; path: string; html: string }[] {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return files.map((file) => {
    const route = relative(dist, file).split(sep).join('/');
    const path = '/' + route.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
    return { file, path, html: readFileSync(file, 'utf8') };
  });
}
