// The production server, for real: Debian's nginx with the config the build wrote
// (`npm run serve:nginx`, project «nginx» in playwright.config.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import type { LinkIndex } from '../../src/links/link-index.ts';
import { readPages } from '../helpers/dist-pages.ts';

const index = JSON.parse(readFileSync('dist/enlaces.json', 'utf8')) as LinkIndex;
const shorts = index.enlaces.filter((entry) => entry.corta);
// A hashed asset: one a page links, else one the pages load later (the search bundle, whose loader
// is small enough for Astro to inline).
const asset = (pattern: RegExp) => {
  const linked = readPages().flatMap((page) => [...page.html.matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!));
  const found = [...linked, ...readdirSync('dist/_astro').map((name) => `/_astro/${name}`)].find((path) => pattern.test(path));
  if (!found) throw new Error(`No hay ningún recurso ${pattern} en dist/_astro/`);
  return found;
};

test('cada dirección corta, con y sin barra, es un 301 con Location relativo a la página y su ancla (la de una sección, a su página sola)', async ({ request }) => {
  expect(shorts.length).toBeGreaterThan(10);
  for (const entry of shorts) {
    for (const path of [entry.corta!, `${entry.corta}/`]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(301);
      expect(response.headers().location, path).toBe(entry.tipo === 'seccion' ? entry.ruta.split('#')[0] : entry.ruta);
    }
  }
});

test('una ruta que no existe, y una carpeta sin página, son un 404 con la página del sitio', async ({ request }) => {
  const missing = ['/no-existe', '/no-existe/', '/figura/', '/pagefind/', '/pagefind/fragment/', '/_astro/'];
  const page404 = readFileSync('dist/404.html', 'utf8');
  expect(missing).toHaveLength(6);
  for (const path of missing) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toBe(page404);
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
  // Without its slash, a folder first gets its slash (relative), then the same 404.
  const folder = await request.get('/figura', { maxRedirects: 0 });
  expect(folder.status()).toBe(301);
  expect(folder.headers().location).toBe('/figura/');
});

test('los archivos precomprimidos salen con su Content-Encoding y el mismo contenido', async ({ request }) => {
  const paths = ['/objetos-de-docker/', asset(/\.css$/), asset(/\.js$/), '/pagefind/pagefind.js', '/enlaces.json'];
  expect(paths).toHaveLength(5);
  for (const path of paths) {
    const file = path.endsWith('/') ? `dist${path}index.html` : `dist${path}`;
    const original = readFileSync(file);
    for (const [encoding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
      const response = await request.fetch(path, { headers: { 'Accept-Encoding': encoding } });
      expect(response.headers()['content-encoding'], `${path} (${encoding})`).toBe(encoding);
      expect(response.headers().vary, path).toContain('Accept-Encoding');
      // The .gz/.br beside the file is what went out: decoding it gives the file back.
      const sent = readFileSync(`${file}.${encoding === 'br' ? 'br' : 'gz'}`);
      expect(Buffer.compare(decode(sent), original), `${file}.${encoding}`).toBe(0);
    }
    const plain = await request.fetch(path, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
  }
});

test('cabeceras por ruta: caché inmutable solo para lo que lleva hash, y las de seguridad en todas', async ({ request }) => {
  const script = asset(/\.js$/);
  const cases: [string, RegExp][] = [
    ['/objetos-de-docker/', /^no-cache$/],
    ['/', /^no-cache$/],
    ['/pagefind/pagefind.js', /^no-cache$/],
    ['/pagefind/pagefind-entry.json', /^no-cache$/],
    ['/pagefind/wasm.es.pagefind', /^no-cache$/],
    [script, /immutable/],
    [asset(/\.css$/), /immutable/],
    [`/pagefind/index/${readdirFirst('dist/pagefind/index')}`, /immutable/],
    [`/pagefind/fragment/${readdirFirst('dist/pagefind/fragment')}`, /immutable/],
    // The offline pack (src/offline/pack.ts) is named by its hash.
    [`/${readdirSync('dist').find((name) => /^sin-conexion\.[0-9a-f]+\.pack$/.test(name))}`, /immutable/],
  ];
  expect(cases).toHaveLength(10);
  for (const [path, cache] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['cache-control'], path).toMatch(cache);
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain('unsafe-inline');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
});

function readdirFirst(dir: string): string {
  const first = readdirSync(dir).find((name) => !/\.(gz|br)$/.test(name));
  if (!first) throw new Error(`${dir} está vacío`);
  return first;
}
