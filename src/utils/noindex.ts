import { existsSync, readFileSync } from 'node:fs';

/**
 * For the sitemap's filter: a built page that asks robots not to index it (short-URL redirects,
 * old addresses, /buscar/) is not a page to list. The page's own <meta> is the one source of truth.
 */
export function isNoindexPage(page: string, outDir = 'dist'): boolean {
  const file = `${outDir}${decodeURIComponent(new URL(page).pathname)}index.html`;
  return existsSync(file) && /<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8'));
}
