// The search index in dist/: what it covers, and that no page loads Pagefind up front.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const read = (path: string) => readFileSync(path, 'utf8');
const sections = readdirSync('content/secciones').filter((name) => name.endsWith('.mdx'));

test('the index holds every part of every section and every glossary entry, in Spanish, and nothing else', () => {
  const entry = JSON.parse(read(join(DIST, 'pagefind', 'pagefind-entry.json')));
  assert.deepEqual(Object.keys(entry.languages), ['es']);
  const indexed = htmlFiles(DIST).filter((file) => /data-pagefind-body/.test(read(file)));
  assert.equal(indexed.length, sections.length + 1, `secciones + glosario: ${indexed.join(', ')}`);
  // One record per part (src/search/records.ts): each section's intro, h2, h3 and figure, and each term.
  const headings = indexed.reduce((sum, file) => sum + [...read(file).matchAll(/<h[23] id=|<figure id=/g)].length + 1, 0);
  assert.equal(entry.languages.es.page_count, headings, 'una parte por h1, h2, h3, figura y término del glosario');
  for (const page of ['index.html', '404.html', 'buscar/index.html']) {
    assert.doesNotMatch(read(join(DIST, page)), /data-pagefind-body/, `${page} no debe indexarse`);
  }
});

test('no page references Pagefind in its HTML: it is loaded on first use only', () => {
  for (const file of htmlFiles(DIST)) {
    assert.doesNotMatch(read(file), /\/pagefind\//, `${file} carga Pagefind al abrirse`);
  }
});

test('every glossary term is a heading with its id, so search lands on /glosario/#id', () => {
  const ids = [...read('content/glosario.yaml').matchAll(/^- id: *(\S+)/gm)].map((m) => m[1]);
  const html = read(join(DIST, 'glosario', 'index.html'));
  // Counted first, so an empty list (a changed YAML layout, a broken page) cannot pass the loop below.
  assert.ok(ids.length >= 50, `solo se han leído ${ids.length} términos de content/glosario.yaml`);
  assert.equal([...html.matchAll(/<h2 id="/g)].length, ids.length, 'un <h2 id> por término en /glosario/');
  for (const id of ids) assert.match(html, new RegExp(`<h2 id="${id}"`), `falta <h2 id="${id}"> en /glosario/`);
});

/** The book's figures, page by page, written out: the count is checked before any loop. */
const FIGURES: Record<string, string[]> = {
  'objetos-de-docker': ['1.7', '1.8'],
  'organizaciones-y-estandares': [],
  'orquestacion-de-contenedores': ['1.9', '1.10'],
};

test('every figure is a search sub-result titled with its number', () => {
  assert.deepEqual(sections.map((name) => name.replace(/\.mdx$/, '')).sort(), Object.keys(FIGURES));
  for (const [page, numbers] of Object.entries(FIGURES)) {
    const html = read(join(DIST, page, 'index.html'));
    const figures = [...html.matchAll(/<figure\b[^>]*>/g)].map((m) => m[0]);
    assert.equal(figures.length, numbers.length, `${page}: se esperaban las figuras ${numbers.join(', ') || '(ninguna)'}`);
    figures.forEach((figure, i) => {
      const number = numbers[i]!.replace('.', '\\.');
      assert.match(figure, new RegExp(`id="figura-${numbers[i]!.replace('.', '-')}"`), `${page}: ${figure}`);
      assert.match(figure, new RegExp(`data-pagefind-title="Figura ${number}\\. \\S`), `${page}: ${figure}`);
    });
  }
});

test('/buscar/ is noindex and out of the sitemap', () => {
  assert.match(read(join(DIST, 'buscar', 'index.html')), /<meta name="robots" content="noindex">/);
  // npm test builds with SITE_URL, so there is a sitemap (without one: tests/links/site-address.test.ts).
  assert.doesNotMatch(read(join(DIST, 'sitemap-0.xml')), /\/buscar\//);
});
