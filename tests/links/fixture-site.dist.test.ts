// Link promises on a real build of the fixture site (tests/fixtures/site/, built by
// tests/setup/fixture-site.ts), which declares what the real content does not use yet:
// `pageAliases` (a renamed section), heading `aliases` and glossary `aliases`. Every expected value
// below is written out by hand from the fixture's content, never computed by the code under test.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readPage } from '../../src/links/dist-pages.ts';
import { FIXTURE_CONTENT, FIXTURE_DIST, FIXTURE_SITE_URL, readFixtureSite } from '../setup/fixture-site.ts';
import { checkLinks, formatBroken } from './link-check.ts';

const SITE = FIXTURE_SITE_URL.replace(/\/$/, '');
const report = readFixtureSite();
const read = (file: string) => readFileSync(join(FIXTURE_DIST, file), 'utf8');

test('the fixture site builds', () => {
  assert.equal(report.status, 0, report.output);
});

test('_redirects holds exactly these 301s: short URLs to page#anchor (a section\'s to its page), old page addresses to the new page', () => {
  assert.equal(
    read('_redirects'),
    [
      '# Generado en el build desde /enlaces.json: no editar.',
      '/1.13 /volumenes/ 301',
      '/1.13/ /volumenes/ 301',
      '/1.13.1 /volumenes/#1-13-1-almacenamiento-con-volumenes 301',
      '/1.13.1/ /volumenes/#1-13-1-almacenamiento-con-volumenes 301',
      '/1.13.2 /volumenes/#1-13-2-redes 301',
      '/1.13.2/ /volumenes/#1-13-2-redes 301',
      '/figura/1.7 /volumenes/#figura-1-7 301',
      '/figura/1.7/ /volumenes/#figura-1-7 301',
      '/1.14 /redes/ 301',
      '/1.14/ /redes/ 301',
      '/figura/1.8 /redes/#figura-1-8 301',
      '/figura/1.8/ /redes/#figura-1-8 301',
      '/almacenamiento /volumenes/ 301',
      '/almacenamiento/ /volumenes/ 301',
      '/datos /volumenes/ 301',
      '/datos/ /volumenes/ 301',
      '',
    ].join('\n'),
  );
});

test('/enlaces.json lists the renamed pages under «redirecciones»', () => {
  assert.deepEqual(JSON.parse(read('enlaces.json')).redirecciones, [
    { desde: '/almacenamiento/', hacia: '/volumenes/' },
    { desde: '/datos/', hacia: '/volumenes/' },
  ]);
});

for (const old of ['almacenamiento', 'datos']) {
  test(`/${old}/ (pageAliases) is a redirect page to /volumenes/ that carries the #anchor over`, () => {
    const html = read(`${old}/index.html`);
    assert.equal(readPage(FIXTURE_DIST, `${old}/index.html`).refresh, '/volumenes/');
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.match(html, new RegExp(`<link rel="canonical" href="${SITE}/volumenes/">`));
    // Without it a meta refresh drops the #anchor; the browser test (fixture-site.spec.ts) follows it.
    // (a bundled script, so the CSP can hash it: it reads the link marked data-keep-hash below)
    assert.match(html, /hasAttribute\(`data-keep-hash`\)\?location\.hash/);
    assert.match(html, /<a href="\/volumenes\/" data-keep-hash>1\.13 Volúmenes de prueba<\/a>/);
  });
}

test('a renamed heading or figure keeps its old id (aliases) as an empty marker at its new target', () => {
  const html = read('volumenes/index.html');
  assert.match(html, /<span id="1-13-1-volumenes" class="alias"><\/span><h2 id="1-13-1-almacenamiento-con-volumenes">/);
  // A figure's marker goes inside it: `.alias` sits at the top of its positioned box, the figure.
  assert.match(html, /<figure id="figura-1-7"[^>]*><span id="esquema-de-volumen" class="alias"><\/span>/);
});

test('a glossary term keeps its old ids (aliases) right before its heading', () => {
  const html = read('glosario/index.html');
  assert.match(html, /<span id="consenso-raft"[^>]*><\/span><h2 id="raft"/);
  assert.match(html, /<span id="almacenamiento-persistente"[^>]*><\/span><span id="volumen-docker"[^>]*><\/span><h2 id="volumen"/);
});

test('every link of the fixture site resolves, aliases and old addresses included', () => {
  const result = checkLinks({ dist: FIXTURE_DIST, root: join(FIXTURE_CONTENT, '..'), site: SITE });
  assert.ok(result.pages >= 15, `solo ${result.pages} páginas`);
  // The fixture site makes no PDFs (npm run pdf runs on the real build, whose PDF links tests/links/links.dist.test.ts checks).
  const broken = result.broken.filter((link) => !/^\/descargas\/[^/]+\.pdf$/.test(link.href));
  assert.deepEqual(broken.map(formatBroken), []);
  // The links the fixture writes on purpose: old glossary id, old heading id, old page address, old figure id.
  const links = readPage(FIXTURE_DIST, 'volumenes/index.html').links;
  for (const href of ['/glosario/#consenso-raft', '#1-13-1-volumenes', '/almacenamiento/#1-13-2-redes']) assert.ok(links.includes(href), href);
  assert.ok(readPage(FIXTURE_DIST, 'redes/index.html').links.includes('/volumenes/#esquema-de-volumen'));
});

test('the sitemap lists the pages to read, and none of the redirects', () => {
  const listed = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  assert.deepEqual(listed, [`${SITE}/`, `${SITE}/cambios/`, `${SITE}/citar/1.13/`, `${SITE}/citar/1.14/`, `${SITE}/enlaces/`, `${SITE}/glosario/`, `${SITE}/redes/`, `${SITE}/volumenes/`]);
  assert.ok(existsSync(join(FIXTURE_DIST, 'datos/index.html')));
});
