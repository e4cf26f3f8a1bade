import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { isRedirect, readPages } from '../helpers/dist-pages.ts';

const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string) => {
  const png = readFileSync(file);
  assert.equal(png.subarray(1, 4).toString(), 'PNG', `${file} no es un PNG`);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

test('the web app manifest is in Spanish and names an installable start page', () => {
  assert.equal(manifest.lang, 'es');
  assert.equal(manifest.name, 'Docker en el aula');
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.display, 'standalone');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
});

test('its icons exist at the sizes they claim: 192 and 512 px PNGs drawn from the favicon, and the SVG', () => {
  const pngs = manifest.icons.filter((icon: { type: string }) => icon.type === 'image/png');
  assert.deepEqual(pngs.map((icon: { sizes: string }) => icon.sizes), ['192x192', '512x512']);
  for (const icon of pngs) assert.deepEqual(pngSize(`dist${icon.src}`), icon.sizes.split('x').map(Number));
  assert.ok(manifest.icons.some((icon: { src: string }) => icon.src === '/favicon.svg'));
});

test('every page with the layout links the manifest and gives a theme colour for each theme', () => {
  const pages = readPages().filter((page) => !isRedirect(page.html));
  assert.ok(pages.length >= 9, `solo ${pages.length} páginas con la plantilla`);
  for (const { file, html } of pages) {
    assert.match(html, /<link rel="manifest" href="\/manifest\.webmanifest"/, file);
    assert.match(html, /<meta name="theme-color" content="#[0-9a-f]{6}" media="\(prefers-color-scheme: light\)"/, file);
    assert.match(html, /<meta name="theme-color" content="#[0-9a-f]{6}" media="\(prefers-color-scheme: dark\)"/, file);
  }
});
