// The teacher's kit costs a reading page nothing: PDFs, figure files, QR images and preview cards
// are only <a href> links (or meta tags), never loaded with the page (img, link, script, CSS url()).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readPages } from '../helpers/dist-pages.ts';
import { pageWeight } from '../helpers/weight.ts';

const KIT = /^\/(?:descargas|figuras|qr|og)\//;
const pages = readPages();

test('hay páginas que enlazan el kit', () => {
  const linking = pages.filter((p) => /href="\/(?:descargas|figuras|qr)\//.test(p.html));
  assert.ok(linking.length >= 4, `solo ${linking.length} páginas enlazan PDF, figuras o QR`);
});

for (const page of pages) {
  test(`${page.path} no carga archivos del kit al abrirse`, () => {
    const loaded = pageWeight(page).assets.map((a) => a.url).filter((url) => KIT.test(url));
    assert.deepEqual(loaded, []);
  });
}
