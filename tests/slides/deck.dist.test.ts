// The figure deck of the real build (dist/descargas/…pptx, src/slides/): a title slide, then one
// slide per figure of dist/enlaces.json in its order, each with its caption, its absolute short URL,
// the source line, a QR code that jsQR reads back as that URL, and the figure's 2× PNG byte for byte.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import type { QRCode } from 'jsqr';
import { figureFiles } from '../../src/figures/paths.ts';
import { readBuiltLinkIndex } from '../../src/links/dist-pages.ts';
import { t } from '../../src/i18n/ui.ts';
import { captionLine } from '../../src/slides/deck.ts';
import { DECK_PATH } from '../../src/slides/paths.ts';
import { DIST } from '../helpers/dist-pages.ts';
import { readDeck } from './read-deck.ts';

const require = createRequire(import.meta.url);
const jsQR = require('jsqr') as (data: Uint8ClampedArray, width: number, height: number) => QRCode | null;
// pngjs is not ours: it comes with qrcode, so it is loaded the way qrcode loads it.
const { PNG } = createRequire(require.resolve('qrcode'))('pngjs') as { PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } } };

const readQr = (png: Buffer) => {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
};

const index = readBuiltLinkIndex(DIST);
const figures = index.enlaces.filter((e) => e.tipo === 'figura');
const file = join(DIST, DECK_PATH);

test('el build tiene el PPTX de las figuras (se construye con SITE_URL)', () => {
  assert.ok(index.sitio, 'dist/enlaces.json sin «sitio»: los tests construyen con SITE_URL');
  assert.ok(existsSync(file), `falta ${file}`);
});

test('una diapositiva por figura de enlaces.json, en su orden, con pie, dirección corta, QR legible y el PNG 2×', async () => {
  const deck = await readDeck(readFileSync(file));
  assert.ok(figures.length >= 4, `solo ${figures.length} figuras en enlaces.json`);
  assert.equal(deck.slides.length, 1 + figures.length, 'portada + una diapositiva por figura');
  assert.equal(deck.slideFiles.length, deck.slides.length);
  figures.forEach((entry, i) => {
    const slide = deck.slides[i + 1]!;
    const where = `diapositiva ${i + 2} (figura ${entry.numero})`;
    const caption = captionLine({ number: entry.numero!, caption: entry.titulo });
    assert.ok(slide.paragraphs.includes(caption), `${where}: el pie «${caption}»; tiene: ${slide.paragraphs.join(' | ')}`);
    assert.ok(entry.urlCorta, `${where}: urlCorta en enlaces.json`);
    assert.ok(slide.paragraphs.includes(entry.urlCorta), `${where}: ${entry.urlCorta} como texto`);
    assert.equal(slide.runs.find((r) => r.text === entry.urlCorta)?.link, entry.urlCorta, `${where}: el texto ${entry.urlCorta} enlaza a sí mismo`);
    assert.ok(slide.paragraphs.includes(t('deck.source', { site: t('site.title'), url: index.sitio! })), `${where}: la línea de la fuente`);
    assert.equal(slide.pictures.length, 2, `${where}: la figura y el QR`);
    const image = slide.pictures.find((p) => p.alt === caption);
    assert.ok(image?.data.equals(readFileSync(join(DIST, figureFiles(entry.numero!).png))), `${where}: la imagen es ${figureFiles(entry.numero!).png} byte a byte`);
    const qr = slide.pictures.find((p) => p !== image)!;
    assert.equal(readQr(qr.data), entry.urlCorta, `${where}: el QR se lee como la dirección corta absoluta`);
  });
});
