// Figures as files (src/figures/): every figure of the content has a light SVG, a dark SVG and a 2×
// PNG in dist/, listed in /enlaces.json and linked under the figure; each file parses and shows the
// figure's labels; the PNG is the documented size and comes out the same on every render.
import { Resvg } from '@resvg/resvg-js';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { figureFiles, PNG_SCALE } from '../../src/figures/paths.ts';
import { svgToPng } from '../../src/figures/png.ts';
import { readFigureSources } from '../../src/figures/sources.ts';
import type { Root } from 'hast';
import { DIST, elements, readPages, textOf } from '../helpers/dist-pages.ts';
import { pngSize } from '../helpers/png-size.ts';

const figures = readFigureSources();
const index = JSON.parse(readFileSync(join(DIST, 'enlaces.json'), 'utf8'));
const pages = readPages();
const figureElement = (number: string) => {
  const id = `figura-${number.replaceAll('.', '-')}`;
  for (const page of pages) {
    const found = elements(page.tree, 'figure').find((el) => el.properties.id === id);
    if (found) return found;
  }
  throw new Error(`ninguna página de dist/ tiene #${id}`);
};

test('hay figuras que comprobar: una por <Figure> con diagrama en content/secciones/', () => {
  assert.ok(figures.length >= 4, `solo ${figures.length} figuras`);
  assert.equal(index.enlaces.filter((e: { tipo: string }) => e.tipo === 'figura').length, figures.length);
});

for (const figure of figures) {
  const files = figureFiles(figure.number);
  test(`Figura ${figure.number}: SVG claro, SVG oscuro y PNG existen, se leen y llevan sus textos`, () => {
    const figureEl = figureElement(figure.number);
    const labels = elements({ type: 'root', children: [figureEl] } satisfies Root, 'li').map(textOf);
    assert.ok(labels.length > 0, 'la figura de la página no lista sus textos');
    const svgs = [files.svg, files.svgOscuro].map((path) => {
      const file = join(DIST, path);
      assert.ok(existsSync(file), `falta dist${path}`);
      return readFileSync(file, 'utf8');
    });
    for (const [i, svg] of svgs.entries()) {
      // resvg parses the file as any SVG reader would: it throws on malformed XML.
      const tree = new Resvg(svg, { font: { loadSystemFonts: false } });
      assert.ok(tree.width > 0 && tree.height > 0);
      assert.match(svg, /<style>[^<]*\.diagram \.node rect[^{]*\{fill:#/, 'los colores van dentro del archivo, sin variables CSS');
      assert.doesNotMatch(svg, /var\(--|light-dark\(/, 'un archivo suelto no tiene las variables del sitio');
      const text = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      for (const label of labels) assert.ok(text.includes(label), `${[files.svg, files.svgOscuro][i]} no tiene el texto «${label}»`);
    }
    assert.notEqual(svgs[0], svgs[1], 'el SVG oscuro es distinto del claro');
    assert.match(svgs[0]!, /fill="#ffffff"/, 'el SVG claro lleva fondo blanco');
    const png = readFileSync(join(DIST, files.png));
    const size = pngSize(png);
    const viewBox = /viewBox="([^"]+)"/.exec(svgs[0]!)![1]!.split(/[\s,]+/).map(Number);
    assert.equal(size.width, Math.round(viewBox[2]! * PNG_SCALE), 'el PNG mide el doble de ancho que la figura');
    assert.equal(size.height, Math.round(viewBox[3]! * PNG_SCALE), 'el PNG mide el doble de alto que la figura');
    assert.ok(svgToPng(svgs[0]!, PNG_SCALE).png.equals(png), 'el PNG sale idéntico al volver a dibujarlo (determinista)');
    const entry = index.enlaces.find((e: { tipo: string; numero: string }) => e.tipo === 'figura' && e.numero === figure.number);
    assert.deepEqual(entry.descargas, Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new URL(v, index.sitio).href])));
    const links = elements({ type: 'root', children: [figureEl] } satisfies Root, 'a').map((a) => String(a.properties.href));
    for (const path of Object.values(files)) assert.ok(links.includes(path), `la figura no enlaza ${path}`);
  });
}
