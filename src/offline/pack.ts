import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { PACKED, packFiles } from './pack-format.ts';

export interface Pack {
  /** Named by its content hash: a new build never asks for an old pack, whatever a cache holds. */
  url: string;
  /** Subresource Integrity: the worker's fetch refuses any other bytes (a stale or damaged copy). */
  integrity: string;
  /** Site-relative paths, in pack order. */
  paths: string[];
}

/** What the server sends for each kind of file (src/server/nginx.ts: mime.types and charset_types). */
const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  // Pagefind's own files: read with fetch(), gzip inside.
  '.pagefind': 'application/octet-stream',
};
const typeOf = (path: string) => {
  const type = /\.pf_[a-z]+$/.test(path) ? 'application/octet-stream' : TYPES[extname(path)];
  if (!type) throw new Error(`Lectura sin conexión: no hay tipo para servir ${path} desde el paquete (src/offline/pack.ts)`);
  return type;
};

/** Writes dist/sin-conexion.<hash>.pack with the precached files that PACKED matches. */
export function writePack(dist: string, precached: string[]): Pack {
  const paths = precached.filter((path) => PACKED.test(path)).sort();
  if (!paths.some((path) => path.startsWith('pagefind/'))) throw new Error(`Lectura sin conexión: no hay archivos de Pagefind en ${dist}; la búsqueda debe construirse antes`);
  const pack = packFiles(paths.map((path) => [path, readFileSync(join(dist, path)), typeOf(path)]));
  const digest = createHash('sha256').update(pack).digest();
  const file = `sin-conexion.${digest.toString('hex').slice(0, 12)}.pack`;
  writeFileSync(join(dist, file), pack);
  return { url: `/${file}`, integrity: `sha256-${digest.toString('base64')}`, paths };
}

/**
 * The worker takes from the pack exactly the precached files that PACKED matches: one precached
 * and missing from the pack could never be installed, one packed and not precached never served.
 * Either fails the build, naming the files.
 */
export function assertPackMatchesPrecache(precached: string[], pack: Pack): void {
  const expected = precached.filter((path) => PACKED.test(path));
  const notPacked = expected.filter((path) => !pack.paths.includes(path));
  const notPrecached = pack.paths.filter((path) => !expected.includes(path));
  if (notPacked.length > 0) throw new Error(`Lectura sin conexión: faltan en ${pack.url}: ${notPacked.join(', ')}`);
  if (notPrecached.length > 0) throw new Error(`Lectura sin conexión: ${pack.url} lleva archivos fuera de la precaché: ${notPrecached.join(', ')}`);
}
