// Pagefind writes its WebAssembly, index and fragments already gzipped, at zlib's best level. They are
// served as they are (no host compresses them again), so every byte there reaches the reader. Zopfli
// writes the same gzip format 4–5 % smaller: about 4 KB less on a first search. Deterministic, so the
// build stays reproducible; the files keep their names (Pagefind hashes the content, not the bytes).
import { gzipAsync } from '@gfx/zopfli';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What Pagefind gzips itself: the WebAssembly and the .pf_* files (entry and pagefind.js are text). */
const GZIPPED = /\.(pagefind|pf_index|pf_fragment|pf_filter|pf_meta)$/;

/** Recompresses every gzipped Pagefind file under `dir`, keeping a file when Zopfli does no better. Returns bytes saved. */
export async function recompress(dir: string): Promise<number> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => GZIPPED.test(file));
  if (files.length === 0) throw new Error(`No hay archivos comprimidos de Pagefind en ${dir}`);
  let saved = 0;
  for (const file of files) {
    const path = join(dir, file);
    const before = readFileSync(path);
    const after = Buffer.from(await gzipAsync(gunzipSync(before), { numiterations: 15 }));
    if (after.length >= before.length) continue;
    writeFileSync(path, after);
    saved += before.length - after.length;
  }
  return saved;
}
