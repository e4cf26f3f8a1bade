import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

// The precache list as the built worker holds it.
const urls = [...readFileSync('dist/sw.js', 'utf8').matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!);

test('the worker precaches every page to read, the styles and scripts, and the search index', () => {
  assert.ok(urls.length >= 30, `solo ${urls.length} archivos en la precaché`);
  for (const page of ['index.html', 'objetos-de-docker/index.html', 'orquestacion-de-contenedores/index.html', 'organizaciones-y-estandares/index.html', 'glosario/index.html', 'enlaces/index.html', 'buscar/index.html', '404.html', 'sin-conexion/index.html', 'manifest.webmanifest', 'pagefind/pagefind.js']) {
    assert.ok(urls.includes(page), `falta ${page} en la precaché`);
  }
  // Styles are inline (src/page-styles/). What a page still loads is precached: its icon, its
  // manifest, and the bundles its scripts name (/_astro/…), loaded at once or on demand.
  const pages = urls.filter((url) => url.endsWith('.html'));
  const linked = new Set(pages.flatMap((page) => [...readFileSync(`dist/${page}`, 'utf8').matchAll(/<link rel="(?:stylesheet|icon|manifest)" href="\/([^"]+)"|[`"'(]\/(_astro\/[^`"')]+)/g)].map((match) => (match[1] ?? match[2])!)));
  assert.ok(pages.length >= 10 && linked.size >= 3, `${pages.length} páginas, ${linked.size} recursos enlazados`);
  for (const url of linked) assert.ok(urls.includes(url), `falta ${url} en la precaché`);
  assert.ok(urls.some((url) => url.startsWith('pagefind/fragment/')));
  assert.ok(urls.some((url) => url.startsWith('pagefind/index/')));
});

test('the teacher kit stays out: PDFs, figure files, QR codes, preview cards and reference files are fetched only on demand', () => {
  const kit = urls.filter((url) => /^(descargas|figuras|qr|og)\/|^citar\/[^/]+\.(json|bib|ris)$|\.pdf$/.test(url));
  assert.deepEqual(kit, []);
});
