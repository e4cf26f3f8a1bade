// Link previews (src/previews/): every page of dist/ names an og:image that exists, is a 1200×630 PNG
// of at most 100 KB, with its size, type, alt and twitter:card; sections, short URLs and figures get
// their own card, and a card comes out byte for byte the same when drawn again.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderCard } from '../../src/previews/card.ts';
import { DIST, elements, readPages } from '../helpers/dist-pages.ts';
import { pngSize } from '../helpers/png-size.ts';

const pages = readPages();
const index = JSON.parse(readFileSync(join(DIST, 'enlaces.json'), 'utf8'));
const meta = (page: (typeof pages)[number], key: string) =>
  elements(page.tree, 'meta').find((m) => m.properties.property === key || m.properties.name === key)?.properties.content as string | undefined;
const byPath = (path: string) => {
  const page = pages.find((p) => p.path === path);
  if (!page) throw new Error(`no existe la página ${path} en dist/`);
  return page;
};

test('hay páginas que comprobar', () => assert.ok(pages.length >= 15, `solo ${pages.length} páginas`));

for (const page of pages) {
  test(`og:image de ${page.path}`, () => {
    const image = meta(page, 'og:image');
    assert.ok(image, 'sin og:image');
    const url = new URL(image);
    assert.equal(url.origin, new URL(index.sitio).origin, 'og:image es absoluta, en la dirección del sitio');
    const file = join(DIST, url.pathname);
    assert.ok(existsSync(file), `no existe dist${url.pathname}`);
    const data = readFileSync(file);
    assert.deepEqual(pngSize(data), { width: 1200, height: 630 });
    assert.ok(data.length <= 100 * 1024, `${url.pathname}: ${(data.length / 1024).toFixed(0)} KB > 100 KB`);
    assert.equal(meta(page, 'og:image:width'), '1200');
    assert.equal(meta(page, 'og:image:height'), '630');
    assert.equal(meta(page, 'og:image:type'), 'image/png');
    assert.ok(meta(page, 'og:image:alt'));
    assert.equal(meta(page, 'twitter:card'), 'summary_large_image');
    assert.ok(meta(page, 'og:title'), 'sin og:title');
  });
}

test('cada sección, apartado numerado y figura tiene su propia tarjeta; /figura/1.9 enseña la Figura 1.9', () => {
  const numbered = index.enlaces.filter((e: { corta: string | null }) => e.corta);
  assert.ok(numbered.length >= 10);
  for (const entry of numbered) {
    const page = byPath(`${entry.corta}/`);
    const expected = entry.tipo === 'figura' ? `/og/figura-${entry.numero}.png` : `/og/${entry.numero}.png`;
    assert.equal(new URL(meta(page, 'og:image')!).pathname, expected, entry.corta);
  }
  assert.equal(new URL(meta(byPath('/figura/1.9/'), 'og:image')!).pathname, '/og/figura-1.9.png');
  assert.match(meta(byPath('/figura/1.9/'), 'og:title')!, /Figura 1\.9/);
  for (const section of index.enlaces.filter((e: { tipo: string }) => e.tipo === 'seccion')) {
    assert.equal(new URL(meta(byPath(section.ruta.split('#')[0]), 'og:image')!).pathname, `/og/${section.numero}.png`);
  }
  assert.equal(new URL(meta(byPath('/'), 'og:image')!).pathname, '/og/inicio.png');
});

test('una tarjeta sale idéntica al dibujarla dos veces (sin navegador, determinista)', async () => {
  const card = { site: 'Docker en el aula', number: '1.13.3', title: 'Volúmenes', address: 'docker-en-el-aula.example/1.13.3' };
  const [a, b] = [await renderCard(card), await renderCard(card)];
  assert.ok(a.equals(b));
  assert.deepEqual(pngSize(a), { width: 1200, height: 630 });
});
