// The figure deck (src/slides/deck.ts) from two small figures, one wide and one tall: a title slide
// and then one slide per figure with the figure (aspect ratio kept, inside the slide), its caption,
// its short URL as text and as a link, its QR code and the source line, all in Spanish (es-ES).
import { XMLValidator } from 'fast-xml-parser';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { crc32, deflateSync } from 'node:zlib';
import { buildDeck, captionLine, type DeckFigure } from '../../src/slides/deck.ts';
import { writeDeck } from '../../src/slides/integration.ts';
import { DECK_PATH } from '../../src/slides/paths.ts';
import { t } from '../../src/i18n/ui.ts';
import { isPng, readDeck } from './read-deck.ts';

/** A plain grey PNG of the given size: enough to be a figure. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter: none
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const SITE = 'https://ejemplo.test/';
const figure = (number: string, caption: string, width: number, height: number): DeckFigure => ({
  number,
  caption,
  shortUrl: `${SITE}figura/${number}`,
  png: { data: png(width, height), width, height },
  qr: png(29, 29),
});
const FIGURES = [figure('1.9', 'Un clúster ancho & con «comillas»', 400, 200), figure('1.10', 'Un diagrama alto', 150, 300)];
const OPTIONS = { site: SITE, first: '1.13', last: '1.15', date: new Date('2025-01-02T00:00:00Z') };
const bytes = await buildDeck(FIGURES, OPTIONS);
const deck = await readDeck(bytes);
const source = t('deck.source', { site: t('site.title'), url: SITE });

test('una diapositiva de portada y una por figura, en orden', () => {
  assert.equal(deck.slideFiles.length, 1 + FIGURES.length, 'ppt/slides/slideN.xml: portada + una por figura');
  assert.equal(deck.slides.length, 1 + FIGURES.length, 'presentation.xml enlaza todas las diapositivas');
  assert.ok(deck.slides[0]!.paragraphs.includes(t('deck.title', { site: t('site.title'), first: '1.13', last: '1.15' })), 'la portada lleva el título');
  assert.ok(deck.slides[0]!.links.includes(SITE), 'la portada enlaza el sitio');
  assert.equal(deck.size.cx / deck.size.cy, 16 / 9, 'formato 16:9');
});

test('cada figura: imagen con su proporción, pie, dirección corta con enlace, QR y fuente', () => {
  assert.equal(deck.slides.length - 1, FIGURES.length);
  FIGURES.forEach((figure, i) => {
    const slide = deck.slides[i + 1]!;
    const where = `diapositiva ${i + 2} (figura ${figure.number})`;
    assert.equal(slide.pictures.length, 2, `${where}: la figura y el QR`);
    for (const picture of slide.pictures) {
      assert.ok(isPng(picture.data), `${where}: ${picture.media} es un PNG`);
      assert.ok(picture.x >= 0 && picture.y >= 0 && picture.x + picture.cx <= deck.size.cx && picture.y + picture.cy <= deck.size.cy, `${where}: ${picture.media} cabe en la diapositiva`);
    }
    const image = slide.pictures.find((p) => p.alt === captionLine(figure));
    assert.ok(image, `${where}: la figura, con el pie como texto alternativo`);
    assert.ok(image.data.equals(figure.png.data), `${where}: el PNG de la figura, sin tocar`);
    assert.ok(Math.abs(image.cx / image.cy - figure.png.width / figure.png.height) < 0.01, `${where}: la figura conserva su proporción`);
    assert.ok(image.cx >= 0.6 * deck.size.cx || image.cy >= 0.85 * deck.size.cy, `${where}: la figura llena su espacio`);
    const qr = slide.pictures.find((p) => p !== image);
    assert.ok(qr, `${where}: el QR`);
    assert.ok(qr.data.equals(figure.qr), `${where}: el QR, sin tocar`);
    assert.equal(qr.alt, t('kit.qrName', { url: figure.shortUrl }));
    assert.equal(qr.link, figure.shortUrl, `${where}: el QR también enlaza la dirección corta`);

    assert.ok(slide.paragraphs.includes(`Figura ${figure.number}. ${figure.caption}`), `${where}: el pie «Figura ${figure.number}. …»: ${slide.paragraphs.join(' | ')}`);
    assert.ok(slide.paragraphs.includes(figure.shortUrl), `${where}: la dirección corta como texto`);
    assert.equal(slide.runs.find((r) => r.text === figure.shortUrl)?.link, figure.shortUrl, `${where}: la dirección corta enlaza a sí misma`);
    assert.ok(slide.paragraphs.includes(source), `${where}: la línea de la fuente`);
    assert.match(slide.notes, new RegExp(`^Figura ${figure.number.replace('.', '\\.')}\\. `), `${where}: las notas llevan el pie`);
  });
});

test('metadatos y textos en español (es-ES)', async () => {
  const core = (await deck.zip.file('docProps/core.xml')!.async('string'));
  assert.match(core, /<dc:title>Docker en el aula: figuras de las secciones 1\.13 a 1\.15<\/dc:title>/);
  assert.match(core, /<dc:language>es-ES<\/dc:language>/);
  assert.match(core, /<dcterms:modified [^>]*>2025-01-02T00:00:00Z</);
  assert.deepEqual(deck.slides.map((s) => s.name), ['Docker en el aula', 'Figura 1.9', 'Figura 1.10'], 'nombres de las diapositivas');
  assert.doesNotMatch(await deck.zip.file('docProps/app.xml')!.async('string'), />Slide \d/);
  for (const name of Object.keys(deck.zip.files).filter((n) => n.endsWith('.xml'))) {
    const xml = await deck.zip.file(name)!.async('string');
    assert.equal(XMLValidator.validate(xml), true, `${name}: XML bien formado`);
    assert.doesNotMatch(xml, / lang="(?!es-ES")/, `${name}: todo el texto en es-ES`);
  }
});

test('el mismo contenido da el mismo archivo, byte a byte (build reproducible)', async () => {
  assert.ok((await buildDeck(FIGURES, OPTIONS)).equals(bytes));
  for (const entry of Object.values(deck.zip.files)) assert.equal(entry.date.toISOString(), OPTIONS.date.toISOString(), `${entry.name}: la fecha dada, no la del reloj`);
});

test('writeDeck: sin SITE_URL no hay PPTX y lo dice; sin el PNG de una figura falla nombrándolo', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'deck-'));
  try {
    const entry = { tipo: 'figura', numero: '1.9', titulo: 'Un clúster', seccion: '1.14', nivel: null, ruta: '/x/#figura-1-9', corta: '/figura/1.9' };
    writeFileSync(join(dist, 'enlaces.json'), JSON.stringify({ enlaces: [entry], redirecciones: [] }));
    const said: string[] = [];
    assert.equal(await writeDeck(dist, { info: (m: string) => said.push(m) }), undefined);
    assert.match(said.join('\n'), /Sin diapositivas de figuras: .*SITE_URL/);
    assert.ok(!existsSync(join(dist, DECK_PATH)));

    writeFileSync(join(dist, 'enlaces.json'), JSON.stringify({ sitio: SITE, enlaces: [{ ...entry, urlCorta: `${SITE}figura/1.9` }], redirecciones: [] }));
    await assert.rejects(writeDeck(dist, { info: () => {} }), /falta el PNG de la figura 1\.9 \(.*figura-1\.9\.png\)/);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
