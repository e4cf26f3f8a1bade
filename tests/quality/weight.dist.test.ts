// Page weight budgets (issue 7), read from dist/: per page ≤ 25 KB compressed (gzip -9) for
// HTML + CSS + JS + images, ≤ 2 KB of JavaScript before search is opened, and no web fonts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { test } from 'node:test';
import { DIST, SEARCH_PATHS, readPages, walk } from '../helpers/dist-pages.ts';
import { BUDGET_JS, BUDGET_TOTAL, byKind, pageWeight } from '../helpers/weight.ts';

const weights = readPages().map((page) => pageWeight(page));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

console.log('\nPeso por página (KB comprimidos con gzip -9; presupuesto total 25, JS antes de buscar 2):');
console.table(
  weights.map((w) => ({
    página: w.page.path,
    HTML: kb(byKind(w, 'html')),
    CSS: kb(byKind(w, 'css')),
    JS: kb(w.jsBeforeSearch),
    imágenes: kb(byKind(w, 'img') + byKind(w, 'svg')),
    total: kb(w.total.gzip),
    'total brotli': kb(w.total.brotli),
    'total sin comprimir': kb(w.total.raw),
  })),
);

for (const w of weights) {
  // The search page exists to load the search UI; it is measured above but not held to the reading budget.
  if (SEARCH_PATHS.has(w.page.path)) continue;
  test(`presupuesto de peso: ${w.page.path}`, () => {
    assert.deepEqual(w.problems, [], `${w.page.path} enlaza recursos que no se pueden medir`);
    assert.ok(w.total.gzip <= BUDGET_TOTAL, `${w.page.path}: ${kb(w.total.gzip)} KB comprimidos > ${kb(BUDGET_TOTAL)} KB\n${detail(w.assets)}`);
    assert.ok(w.jsBeforeSearch <= BUDGET_JS, `${w.page.path}: ${kb(w.jsBeforeSearch)} KB de JS antes de abrir la búsqueda > 2 KB`);
  });
}

test('sin fuentes web: ni archivos de fuente ni @font-face en dist/', () => {
  const files = walk(DIST);
  const fontFiles = files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f));
  const fontFace = files
    .filter((f) => /\.(css|html)$/.test(f))
    .filter((f) => /@font-face/i.test(readFileSync(f, 'utf8')));
  assert.deepEqual([...fontFiles, ...fontFace].map((f) => relative(DIST, f)), [], 'el sitio usa solo fuentes del sistema');
});

const detail = (assets: { url: string; gzip: number }[]) => assets.map((a) => `  ${kb(a.gzip).padStart(6)} KB  ${a.url}`).join('\n');
