import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HEADING_WEIGHT, splitPage } from '../../src/search/records.ts';

const SECTION = `<html lang="es"><body><nav>Menú</nav><main data-pagefind-body>
<h1 id="1-1-tema"><span>1.1</span> Tema</h1><p>Introducción.</p>
<div class="heading heading-h2"><h2 id="1-1-1-volumenes">1.1.1 Volúmenes<span data-pagefind-ignore>Copiar enlace</span></h2><a data-pagefind-ignore>#</a></div>
<p>Antes de la figura.</p>
<figure id="figura-1-1" data-pagefind-title="Figura 1.1. Un volumen"><figcaption>Un volumen</figcaption></figure>
<p>Después de la figura.</p>
<div class="heading heading-h3"><h3 id="comandos">Comandos</h3></div><p>docker volume ls</p>
</main></body></html>`;

const GLOSSARY = `<html lang="es"><body><main data-pagefind-body><h1>Glosario</h1><div class="glossary">
<section class="glossary-entry"><h2 id="volumen"><a href="#volumen">Volumen</a></h2><p>Datos que sobreviven.</p></section>
<section class="glossary-entry"><h2 id="red"><a href="#red">Red</a></h2><p>Conecta contenedores.</p></section>
</div></main></body></html>`;

test('a section becomes its intro, one part per h2 and h3, and each figure on its own, in page order', () => {
  const records = splitPage(SECTION, '/tema/');
  assert.deepEqual(
    records.map(({ url, title, type }) => [url, title, type]),
    [
      ['/tema/', '1.1 Tema', 'seccion'],
      ['/tema/#1-1-1-volumenes', '1.1.1 Volúmenes', 'apartado'],
      ['/tema/#figura-1-1', 'Figura 1.1. Un volumen', 'figura'],
      ['/tema/#comandos', 'Comandos', 'apartado'],
    ],
  );
  const part = records.find((r) => r.url === '/tema/#1-1-1-volumenes')!;
  // The text around the figure stays with its heading; the figure's own text does not.
  assert.match(part.html, /Antes de la figura[\s\S]*Después de la figura/);
  assert.doesNotMatch(part.html, /figcaption/);
  assert.doesNotMatch(records.find((r) => r.type === 'seccion')!.html, /Menú/, 'only data-pagefind-body is indexed');
  assert.match(part.html, new RegExp(`<h2 id="1-1-1-volumenes" data-pagefind-weight="${HEADING_WEIGHT.h2}"`));
  assert.match(records.find((r) => r.url === '/tema/#comandos')!.html, new RegExp(`data-pagefind-weight="${HEADING_WEIGHT.h3}"`));
  for (const record of records) {
    assert.match(record.html, /^<!doctype html><html lang="es">/);
    assert.match(record.html, /data-pagefind-body/);
    assert.ok(record.html.includes(`data-pagefind-meta="page:1.1 Tema"`), `${record.url} names its page`);
    assert.ok(record.html.includes(`data-pagefind-meta="type:${record.type}"`));
  }
});

test('the glossary becomes one part per entry, under /glosario/#id', () => {
  const records = splitPage(GLOSSARY, '/glosario/');
  assert.deepEqual(records.map(({ url, title, type }) => [url, title, type]), [
    ['/glosario/', 'Glosario', 'seccion'],
    ['/glosario/#volumen', 'Volumen', 'termino'],
    ['/glosario/#red', 'Red', 'termino'],
  ]);
});

test('a page without data-pagefind-body gives nothing; a glossary entry without <h2 id> is an error', () => {
  assert.deepEqual(splitPage('<html><body><main><h1>Buscar</h1></main></body></html>', '/buscar/'), []);
  assert.throws(() => splitPage(GLOSSARY.replace('<h2 id="red">', '<h2>'), '/glosario/'), /\/glosario\/: una entrada del glosario sin <h2 id>/);
});
