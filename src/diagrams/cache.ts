import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MERMAID_CONFIG, MERMAID_VERSION, RENDERER_VERSION } from './renderer.ts';

/** Committed to the repository: a host without a browser builds every diagram that did not change. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('./cache/', import.meta.url));

/** A changed source, Mermaid release or render setting gives a new key: a stale SVG is never served. */
export function cacheKey(source: string): string {
  const input = JSON.stringify({ source, mermaid: MERMAID_VERSION, config: MERMAID_CONFIG, renderer: RENDERER_VERSION });
  return createHash('sha256').update(input).digest('hex');
}

const entryPath = (dir: string, key: string) => join(dir, `${key}.svg`);

export function readCached(dir: string, key: string): string | undefined {
  const path = entryPath(dir, key);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export function writeCached(dir: string, key: string, svg: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(entryPath(dir, key), svg);
}

/** Deletes every entry whose key is not in `keep`; returns the deleted file names. */
export function pruneCache(dir: string, keep: Set<string>): string[] {
  if (!existsSync(dir)) return [];
  const stale = readdirSync(dir).filter((name) => name.endsWith('.svg') && !keep.has(name.slice(0, -4)));
  for (const name of stale) rmSync(join(dir, name));
  return stale;
}
