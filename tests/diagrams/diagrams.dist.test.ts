// Diagrams in the production build (dist/): no Mermaid code left anywhere, unique ids, labels as
// page text, and a second build, from the committed cache with no browser, byte-identical.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ASTRO } from '../helpers/fixture-build.ts';

const DIST = 'dist';
const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort();
const pages = htmlFiles(DIST).map((file) => ({ file, html: readFileSync(join(DIST, file), 'utf8') }));

test('ningún bloque mermaid queda sin dibujar y no se envía Mermaid al lector', () => {
  for (const { file, html } of pages) {
    assert.doesNotMatch(html, /language-mermaid|data-language="mermaid"|```mermaid/, file);
    assert.doesNotMatch(html, /<script[^>]*mermaid/i, file);
  }
  const figures = pages.flatMap(({ html }) => [...html.matchAll(/<figure id="(figura-[\d-]+)"/g)].map((m) => m[1]));
  assert.ok(figures.length > 0, 'el build no tiene figuras');
});

test('cada figura con diagrama tiene su SVG, y ningún id se repite en una página', () => {
  let diagrams = 0;
  for (const { file, html } of pages) {
    for (const [figure, id] of html.matchAll(/<figure id="(figura-[\d-]+)"[\s\S]*?<\/figure>/g)) {
      if (!figure.includes('diagram-wrap')) continue;
      diagrams += 1;
      assert.match(figure, new RegExp(`<div class="diagram-wrap"><div class="diagram-scroll"[^>]*><svg id="${id}-svg"[^>]* role="img"`), `${file}: ${id}`);
    }
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], `${file}: ids repetidos`);
  }
  assert.ok(diagrams > 0, 'el build no tiene diagramas');
});

test('las etiquetas de los diagramas son texto de la página, dentro de la zona que indexa Pagefind', () => {
  let checked = 0;
  for (const { file, html } of pages) {
    for (const [figure] of html.matchAll(/<figure id="figura-[\d-]+"[\s\S]*?<\/figure>/g)) {
      if (!figure.includes('<svg')) continue;
      const labels = [...figure.matchAll(/<li>([^<]+)<\/li>/g)].map((m) => m[1]);
      assert.ok(labels.length > 0, `${file}: figura sin lista de etiquetas`);
      const body = html.slice(html.indexOf('data-pagefind-body'));
      assert.ok(body.includes(figure), `${file}: la figura queda fuera de data-pagefind-body`);
      checked += 1;
    }
  }
  assert.ok(checked > 0, 'el build no tiene diagramas');
});

test('un segundo build, sin navegador y desde la caché, da el mismo HTML byte a byte', () => {
  const out = mkdtempSync(join(tmpdir(), 'dist-'));
  try {
    // Astro's own command line with this Node: a bare `astro` exists only inside `npm run`.
    const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', out], {
      encoding: 'utf8',
      env: { ...process.env, NO_CHROMIUM: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    assert.equal(run.status, 0, `el build sin navegador falló:\n${run.stdout}\n${run.stderr}`);
    assert.deepEqual(htmlFiles(out), htmlFiles(DIST));
    for (const file of htmlFiles(DIST)) {
      assert.ok(readFileSync(join(out, file)).equals(readFileSync(join(DIST, file))), `${file} cambia entre builds`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
