import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import Ajv from 'ajv/dist/2020.js';
import type { LinkIndex } from '../../src/links/link-index.ts';
import { readPage } from '../../src/links/dist-pages.ts';

const json = JSON.parse(readFileSync('dist/enlaces.json', 'utf8')) as LinkIndex & { $schema: string };
const schema = JSON.parse(readFileSync('public/enlaces.schema.json', 'utf8'));
const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

test('/enlaces.json validates against /enlaces.schema.json, which is published next to it', () => {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  assert.ok(validate(json), JSON.stringify(validate.errors, null, 2));
  assert.ok(existsSync('dist/enlaces.schema.json'));
  assert.equal(json.$schema, json.sitio ? new URL('/enlaces.schema.json', json.sitio).href : '/enlaces.schema.json');
});

test('the schema rejects an entry without its permanent URL when the site has an address, and a placeholder-less index with one (it can fail)', () => {
  const validate = new Ajv({ strict: true }).compile(schema);
  const [first, ...rest] = json.enlaces;
  const site = 'https://sitio.test/';
  const withUrls = json.enlaces.map((e) => ({ ...e, url: new URL(e.ruta, site).href, urlCorta: e.corta ? new URL(e.corta, site).href : null }));
  assert.ok(validate({ ...json, sitio: site, enlaces: withUrls }), JSON.stringify(validate.errors));
  const { url: _url, ...withoutUrl } = withUrls[0]!;
  assert.equal(validate({ ...json, sitio: site, enlaces: [withoutUrl, ...withUrls.slice(1)] }), false);
  // Without «sitio», an absolute url would be an address the build could not know.
  const { sitio: _sitio, ...noSite } = json;
  assert.equal(validate({ ...noSite, enlaces: [{ ...first!, url: 'https://x.example/' }, ...rest] }), false);
});

test('/enlaces/ shows exactly the entries of /enlaces.json, with the same addresses', () => {
  const tree = fromHtml(readFileSync('dist/enlaces/index.html', 'utf8'));
  const rows: string[][] = [];
  visit(tree, 'element', (row: Element) => {
    if (row.tagName !== 'tr' || !classes(row).includes('link-row')) return;
    const cell = (name: string) => row.children.find((c): c is Element => c.type === 'element' && classes(c).includes(name))!;
    const link = (name: string) => {
      let found: Element | undefined;
      visit(cell(name), 'element', (a: Element) => void (a.tagName === 'a' && (found ??= a)));
      return found ? `${found.properties.href} ${toString(found)}` : null;
    };
    rows.push([String(row.properties.dataTipo), toString(cell('link-title')), String(link('link-url')), String(link('link-short'))]);
  });
  // Without SITE_URL the page shows the site-relative address instead of an absolute one.
  const expected = json.enlaces.map((e) => [e.tipo, e.titulo, `${e.ruta} ${e.url ?? e.ruta}`, String(e.corta ? `${e.corta} ${e.urlCorta ?? e.corta}` : null)]);
  assert.deepEqual(rows.sort(), expected.sort());
});

/** The book's numbers and the anchors they lead to, written out: the 301s a host that reads _redirects gives.
 *  A section's leads to its page with no #anchor, so a link to a sentence keeps its text fragment (#21). */
const REDIRECTS = [
  ['/1.13', '/objetos-de-docker/'],
  ['/1.13.1', '/objetos-de-docker/#1-13-1-imagenes'],
  ['/1.13.2', '/objetos-de-docker/#1-13-2-contenedores'],
  ['/1.13.3', '/objetos-de-docker/#1-13-3-volumenes'],
  ['/1.13.4', '/objetos-de-docker/#1-13-4-redes'],
  ['/figura/1.7', '/objetos-de-docker/#figura-1-7'],
  ['/figura/1.8', '/objetos-de-docker/#figura-1-8'],
  ['/1.14', '/orquestacion-de-contenedores/'],
  ['/figura/1.9', '/orquestacion-de-contenedores/#figura-1-9'],
  ['/figura/1.10', '/orquestacion-de-contenedores/#figura-1-10'],
  ['/1.15', '/organizaciones-y-estandares/'],
];

test('dist/_redirects gives a 301 from each short URL, with and without its slash, to its page and #anchor', () => {
  const lines = readFileSync('dist/_redirects', 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
  assert.deepEqual(lines, REDIRECTS.flatMap(([from, to]) => [`${from} ${to} 301`, `${from}/ ${to} 301`]));
});

test('every short URL has its redirect page, and every one leads to its entry', () => {
  const shorts = json.enlaces.filter((e) => e.corta);
  assert.ok(shorts.some((e) => e.tipo === 'seccion'), 'al menos una sección tiene dirección corta');
  for (const entry of shorts) {
    const page = readPage('dist', `${entry.corta!.slice(1)}/index.html`);
    const target = entry.tipo === 'seccion' ? entry.ruta.split('#')[0]! : entry.ruta;
    assert.equal(page.refresh, target, `${entry.corta} debería llevar a ${target}`);
    const html = readFileSync(`dist/${entry.corta!.slice(1)}/index.html`, 'utf8');
    assert.match(html, /<meta name="robots" content="noindex">/);
    if (json.sitio) assert.match(html, new RegExp(`<link rel="canonical" href="${json.sitio}[^"#]*/">`));
    else assert.doesNotMatch(html, /rel="canonical"/);
    assert.ok(page.links.includes(target), `${entry.corta}: falta el enlace visible a ${target}`);
  }
});

test('the sitemap lists the pages, not the short-URL redirects', () => {
  assert.ok(json.sitio, 'este build no tiene SITE_URL, así que no hay sitemap (npm test lo define; el caso sin ella: tests/links/site-address.test.ts)');
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  assert.match(sitemap, /\/enlaces\/<\/loc>/);
  const redirects = [...json.enlaces.flatMap((e) => (e.urlCorta ? [`${e.urlCorta}/`] : [])), ...json.redirecciones.map((r) => new URL(r.desde, json.sitio).href)];
  assert.ok(redirects.length > 0);
  for (const url of redirects) assert.ok(!sitemap.includes(`<loc>${url}</loc>`), `${url} no debería estar en el sitemap`);
});
