// The PDFs (src/pdf/, `npm run pdf` after the build), read back with pdfjs (tests/helpers/pdf.ts): every section
// and subsection heading and figure caption in reading order, every numbered heading and figure in
// the outline, internal links that land on their heading's page, a sane page count, nothing past the
// right margin, and the contents' page numbers where the headings really are.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST } from '../helpers/dist-pages.ts';
import { type Pdf, type PdfPage, readPdf } from '../helpers/pdf.ts';

interface Entry { tipo: string; numero: string | null; titulo: string; seccion: string | null; ruta: string; urlCorta: string | null }
const index = JSON.parse(readFileSync(join(DIST, 'enlaces.json'), 'utf8')) as { sitio: string; pdf: { capitulo: string; secciones: Record<string, string> }; enlaces: Entry[] };
const fileOf = (url: string) => join(DIST, decodeURIComponent(new URL(url).pathname));
const squash = (text: string) => text.replace(/\s+/g, '');
const caption = (e: Entry) => (e.tipo === 'figura' ? `Figura ${e.numero}. ${e.titulo}` : `${e.numero ?? ''} ${e.titulo}`.trim());

const targets = [
  { url: index.pdf.capitulo, entries: index.enlaces.filter((e) => e.tipo !== 'termino'), pages: [10, 80] },
  ...Object.entries(index.pdf.secciones).map(([n, url]) => ({ url, entries: index.enlaces.filter((e) => e.seccion === n), pages: [2, 40] })),
];

/** Entries in the order a reader meets them: page by page, then by where their id is in the HTML. */
function inReadingOrder(entries: Entry[]): Entry[] {
  const pages = [...new Set(index.enlaces.map((e) => e.ruta.split('#')[0]!))];
  const position = (e: Entry) => {
    const [page, id] = e.ruta.split('#') as [string, string];
    const at = readFileSync(join(DIST, page, 'index.html'), 'utf8').indexOf(`id="${id}"`);
    assert.ok(at >= 0, `${e.ruta} no está en dist/`);
    return pages.indexOf(page) * 1e9 + at;
  };
  return entries.map((e) => ({ e, p: position(e) })).sort((a, b) => a.p - b.p).map(({ e }) => e);
}

/** A page's text, squashed: its runs in content-stream order, so a diagram node's rows come together. */
const pageText = (page: PdfPage) => squash(page.runs.map((r) => r.str).join(''));
/** The text from page `from` (1-based) on. */
const textFrom = (pdf: Pdf, from: number) => pdf.pages.slice(from - 1).map(pageText).join('');

test('hay PDF que comprobar: el capítulo y uno por sección', () => {
  assert.equal(Object.keys(index.pdf.secciones).length, index.enlaces.filter((e) => e.tipo === 'seccion').length);
  assert.ok(targets.length >= 4);
  for (const target of targets) assert.ok(existsSync(fileOf(target.url)), `falta ${fileOf(target.url)}: ejecuta «npm run pdf» tras el build`);
});

for (const target of targets) {
  const name = new URL(target.url).pathname;
  test(`${name}: encabezados y pies de figura en orden de lectura, con su dirección corta`, async () => {
    const wanted = inReadingOrder(target.entries.filter((e) => e.tipo === 'seccion' || e.tipo === 'apartado' || e.tipo === 'figura'));
    assert.ok(wanted.length >= 4, `${name}: solo ${wanted.length} encabezados y figuras`);
    // The body starts on the first heading's page, past the cover and the contents.
    const pdf = await readPdf(fileOf(target.url));
    const start = pdf.outline.find((t) => squash(t.title) === squash(caption(wanted[0]!)))?.page;
    assert.ok(start && start > 2, `${name}: sin marcador para «${caption(wanted[0]!)}»`);
    const body = textFrom(pdf, start);
    let at = 0;
    for (const entry of wanted) {
      const found = body.indexOf(squash(caption(entry)), at);
      assert.ok(found >= 0, `${name}: falta «${caption(entry)}» o está fuera de orden`);
      at = found;
      if (entry.urlCorta) assert.ok(body.includes(squash(entry.urlCorta.replace(/^https?:\/\//, ''))), `${name}: falta la dirección corta ${entry.urlCorta}`);
    }
  });

  test(`${name}: PDF etiquetado, figuras vectoriales y cada figura entera en una página con su pie`, async () => {
    const pdf = await readPdf(fileOf(target.url));
    assert.ok(pdf.tagged, `${name}: no es un PDF etiquetado`);
    const images = pdf.pages.flatMap((page, i) => (page.images ? [`página ${i + 1}: ${page.images}`] : []));
    assert.deepEqual(images, [], `${name}: hay imágenes de mapa de bits; las figuras deben ser vectoriales`);
    // Content-stream order: reading by lines would interleave the nodes of a diagram.
    const pages = pdf.pages.map(pageText);
    const figures = target.entries.filter((e) => e.tipo === 'figura');
    for (const figure of figures) {
      const [page, id] = figure.ruta.split('#') as [string, string];
      const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
      const block = html.slice(html.indexOf(`id="${id}"`), html.indexOf('</figure>', html.indexOf(`id="${id}"`)));
      const labels = [...block.matchAll(/<li>([^<]+)<\/li>/g)].map(([, label]) => squash(label!));
      assert.ok(labels.length > 0, `${figure.ruta}: sin textos del diagrama`);
      // The caption's page, past the contents (the contents list the caption too).
      const at = pages.findLastIndex((text) => text.includes(squash(caption(figure)).slice(0, 40)));
      assert.ok(at >= 0, `${name}: no está el pie de la Figura ${figure.numero}`);
      for (const label of labels) assert.ok(pages[at]!.includes(label), `${name}: la Figura ${figure.numero} está partida: «${label}» no está en la página de su pie (${at + 1})`);
    }
  });

  test(`${name}: marcadores, enlaces internos, número de páginas, índice y márgenes`, async () => {
    const pdf = await readPdf(fileOf(target.url));
    const titles = pdf.outline;
    const numPages = pdf.pages.length;
    const urls = pdf.pages.flatMap((page) => page.links.flatMap((link) => (link.url ? [link.url] : [])));
    // Links on the contents page (page 2): internal ones carry a destination.
    const links = pdf.pages[1]!.links.flatMap((link) => (link.destPage === undefined ? [] : [link.destPage]));
    // Links to pages outside the PDF (glossary, other sections) lead to the public site, never to the copy it was printed from.
    assert.ok(urls.some((url) => url.startsWith(`${index.sitio}glosario/`)), `${name}: sin enlaces al glosario del sitio`);
    assert.deepEqual(urls.filter((url) => !url.startsWith('https://')), [], `${name}: enlaces que no llevan a una dirección https`);
    assert.ok(numPages >= target.pages[0]! && numPages <= target.pages[1]!, `${name}: ${numPages} páginas`);
    const numbered = target.entries.filter((e) => e.numero && e.tipo !== 'termino');
    assert.ok(numbered.length >= 1, `${name}: nada numerado que buscar en los marcadores`);
    for (const entry of numbered) {
      const mark = titles.find((t) => squash(t.title) === squash(caption(entry)));
      assert.ok(mark, `${name}: el índice de marcadores no tiene «${caption(entry)}»`);
      assert.ok(mark.page > 2, `${name}: «${caption(entry)}» apunta a la página ${mark.page}`);
    }
    assert.ok(links.length >= numbered.length, `${name}: solo ${links.length} enlaces internos en el índice`);
    assert.ok(links.every((page) => page > 2 && page <= numPages), `${name}: un enlace del índice no lleva a una página del texto`);
    // The contents print the page each heading is on.
    const first = numbered[0]!;
    const line = pdf.pages[1]!.lines.find((l) => squash(l).startsWith(squash(caption(first))));
    const mark = titles.find((t) => squash(t.title) === squash(caption(first)))!;
    assert.ok(line?.trim().endsWith(` ${mark.page}`), `${name}: el índice no da la página ${mark.page} a «${caption(first)}»: ${line}`);
    // No word runs past the right margin (14 mm = 39.7 pt) on any page.
    const over = pdf.pages.flatMap((page, i) => page.runs.filter((r) => r.str.trim() && r.right > page.width - 36).map((r) => `página ${i + 1}: «${r.str}»`));
    assert.deepEqual(over, [], `${name}: texto cortado en el margen derecho`);
    // Text past the page's edge is not in the PDF at all: every line of code must be there, whole
    // (the runs keep a hyphen where a line wrapped: nothing joins words back).
    const text = textFrom(pdf, 1);
    const pages = [...new Set(target.entries.map((e) => e.ruta.split('#')[0]!))];
    const code = pages.flatMap((page) =>
      [...readFileSync(join(DIST, page, 'index.html'), 'utf8').matchAll(/<pre\b[^>]*>([\s\S]*?)<\/pre>/g)].map(([, html]) =>
        html!.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
      ),
    );
    assert.ok(code.length > 0, `${name}: sin bloques de código que comprobar`);
    for (const block of code) for (const line of block.split('\n').filter((l) => l.trim())) {
      assert.ok(text.includes(squash(line)), `${name}: la línea de código «${line.trim()}» no está entera en el PDF`);
    }
  });
}
