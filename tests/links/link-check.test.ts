import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkLinks, formatBroken } from './link-check.ts';
import { fileFor } from '../../src/links/dist-pages.ts';

const fixture = 'tests/links/fixtures/link-check';
const result = checkLinks({ dist: `${fixture}/dist`, root: fixture, site: 'https://sitio.example' });

test('a broken #fragment fails, naming the source file and line and the ids that exist', () => {
  const fragment = result.broken.find((b) => b.href === '/otra/#ya-no-existe');
  assert.ok(fragment, 'el fragmento roto debería detectarse');
  assert.equal(fragment.source, 'content/secciones/ejemplo.mdx:8');
  assert.deepEqual(fragment.existing, ['existe', 'otra', 'tambien']);
  const message = formatBroken(fragment);
  assert.match(message, /^content\/secciones\/ejemplo\.mdx:8 → \/otra\/#ya-no-existe: el fragmento «ya-no-existe» no existe en \/otra\//);
  assert.match(message, /fragmentos que sí existen en esa página: existe, otra, tambien/);
});

test('a broken same-page #fragment fails like any other, and a working one (#contenido) does not', () => {
  const samePage = result.broken.find((b) => b.href === '#no-esta');
  assert.ok(samePage, 'el salto roto dentro de la misma página debería detectarse');
  assert.equal(samePage.source, 'content/secciones/ejemplo.mdx:12');
  assert.equal(samePage.reason, 'el fragmento «no-esta» no existe en /ejemplo/');
  assert.deepEqual(samePage.existing, ['contenido']);
  assert.ok(!result.broken.some((b) => b.href === '#contenido'));
});

test('a missing page and a plain-http external link fail; nothing else does', () => {
  const found = result.broken.map((b) => `${b.source} ${b.href}`).sort();
  assert.deepEqual(found, [
    'content/secciones/ejemplo.mdx:10 http://example.org/',
    'content/secciones/ejemplo.mdx:12 #no-esta',
    'content/secciones/ejemplo.mdx:8 /otra/#ya-no-existe',
    'dist/index.html:2 /antigua/#nada',
    'src/components/Menu.astro:5 (en content/secciones/ejemplo.mdx) /menu-roto/',
    'src/pages/otra.astro:7 /falta/',
  ]);
});

test('https external links are listed in the report, not fetched', () => {
  assert.deepEqual(result.external, [{ source: 'content/secciones/ejemplo.mdx:10', href: 'https://docs.docker.com/' }]);
});

test('short paths with dots resolve to their folder, as static hosts serve them', () => {
  assert.equal(fileFor(`${fixture}/dist`, '/1.2'), '1.2/index.html');
  assert.equal(fileFor(`${fixture}/dist`, '/1.2/'), '1.2/index.html');
  assert.equal(fileFor(`${fixture}/dist`, '/1.3'), undefined);
});

test('an anchor on the old address of a renamed page is looked up on the page it redirects to', () => {
  const renamed = result.broken.find((b) => b.href === '/antigua/#nada');
  assert.equal(renamed?.reason, 'el fragmento «nada» no existe en /antigua/');
  assert.deepEqual(renamed?.existing, ['existe', 'otra', 'tambien']);
  assert.ok(!result.broken.some((b) => b.href === '/antigua/#existe'));
});

test('a broken link in a shared component is named there, once, not on every page', () => {
  const menu = result.broken.filter((b) => b.href === '/menu-roto/');
  assert.equal(menu.length, 1);
  assert.match(formatBroken(menu[0]!), /^src\/components\/Menu\.astro:5 \(en content\/secciones\/ejemplo\.mdx\) → \/menu-roto\/: no existe \/menu-roto\/ en el build/);
});
