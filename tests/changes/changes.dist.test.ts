import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { XMLParser } from 'fast-xml-parser';
import { readUnits } from '../../src/changes/hashes.ts';
import { parseRecord, pendingReview, RECORD_FILE } from '../../src/changes/record.ts';
import { fileFor, readPage } from '../../src/links/dist-pages.ts';
import type { LinkEntry, LinkIndex } from '../../src/links/link-index.ts';

const DIST = process.env.DIST ?? 'dist';
const index = JSON.parse(readFileSync(join(DIST, 'enlaces.json'), 'utf8')) as Omit<LinkIndex, 'enlaces'> & { enlaces: (LinkEntry & { huella?: string; ultimoCambio?: string })[] };
const { record } = parseRecord(readFileSync(RECORD_FILE, 'utf8'));
const units = index.enlaces.filter((e) => e.tipo !== 'termino');
const shorts = new Set(index.enlaces.flatMap((e) => (e.urlCorta ? [e.urlCorta] : [])));

test('/enlaces.json: cada sección, apartado y figura tiene «huella» y «ultimoCambio»', () => {
  for (const entry of units) {
    assert.match(entry.huella ?? '', /^[0-9a-f]{16}$/, `${entry.ruta} sin huella`);
    assert.match(entry.ultimoCambio ?? '', /^\d{4}-\d{2}-\d{2}$/, `${entry.ruta} sin ultimoCambio`);
  }
  assert.equal(index.enlaces.find((e) => e.tipo === 'figura' && e.numero === '1.10')?.ultimoCambio, '2026-12-04');
});

test('las huellas publicadas son las de content/cambios.yaml: un cambio sin revisar no pasa (it can fail)', () => {
  const current = readUnits();
  // The build and the source agree, unit by unit…
  assert.deepEqual(Object.fromEntries(units.map((e) => [e.ruta, e.huella])), Object.fromEntries(current.map((u) => [u.ruta, u.huella])));
  // …and the record has reviewed every one: otherwise, which one, where, and the two ways out.
  const problems = pendingReview(current, record);
  assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
});

test('/cambios/ lista cada entrada de content/cambios.yaml, la más reciente primero, con enlaces que funcionan', () => {
  const tree = fromHtml(readFileSync(join(DIST, 'cambios/index.html'), 'utf8'));
  const items: { fecha: string; text: string; hrefs: string[] }[] = [];
  visit(tree, 'element', (li: Element) => {
    if (li.tagName !== 'li' || li.properties.dataFecha === undefined) return;
    const hrefs: string[] = [];
    visit(li, 'element', (a: Element) => void (a.tagName === 'a' && hrefs.push(String(a.properties.href))));
    items.push({ fecha: String(li.properties.dataFecha), text: toString(li), hrefs });
  });
  assert.equal(items.length, record.cambios.length);
  assert.deepEqual(items.map((i) => i.fecha), [...items.map((i) => i.fecha)].sort().reverse());
  for (const change of record.cambios) assert.ok(items.some((i) => i.fecha === change.fecha && i.text.includes(change.nota)), `falta «${change.nota}»`);
  for (const href of items.flatMap((i) => i.hrefs)) {
    const [path = '', id] = href.split('#');
    const file = fileFor(DIST, path);
    assert.ok(file, `${href}: la página no existe`);
    if (id) assert.ok(readPage(DIST, file).ids.has(id), `${href}: el ancla no existe`);
  }
});

test('el feed Atom /cambios.xml: id, título y fecha, y una entrada por cambio con id, título, fecha y enlace corto publicado (it can fail)', () => {
  if (!index.sitio) return assert.equal(fileFor(DIST, '/cambios.xml'), undefined, 'sin SITE_URL no hay feed');
  const { feed } = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(readFileSync(join(DIST, 'cambios.xml'), 'utf8'));
  assert.match(feed.id, /^tag:/);
  assert.equal(feed.title, 'Cambios en Docker en el aula');
  assert.equal(feed.updated, `${[...record.cambios.map((c) => c.fecha)].sort().at(-1)}T00:00:00.000Z`);
  // type="html" titles come as { '#text', '@_type' }.
  const text = (value: string | { '#text': string }) => (typeof value === 'string' ? value : value['#text']);
  const entries = (feed.entry as { id: string; title: string | { '#text': string }; updated: string; link: { '@_href': string }[] }[]).map((e) => ({ ...e, title: text(e.title) }));
  assert.equal(entries.length, record.cambios.length);
  assert.equal(new Set(entries.map((e) => e.id)).size, entries.length, 'ids repetidos');
  for (const [i, change] of record.cambios.entries()) {
    const entry = entries.find((e) => e.title.endsWith(`: ${change.nota}`));
    assert.ok(entry, `falta la entrada de content/cambios.yaml n.º ${i + 1}`);
    assert.match(entry.id, new RegExp(`^tag:${new URL(index.sitio).hostname},${change.fecha}:`));
    assert.equal(entry.updated, `${change.fecha}T00:00:00.000Z`);
    assert.ok(shorts.has(entry.link[0]!['@_href']), `${entry.link[0]!['@_href']} no es una dirección corta publicada`);
  }
});

test('/cambios/ y /enlaces/ anuncian el feed en <head>, solo con SITE_URL', () => {
  if (!index.sitio) return;
  for (const page of ['cambios/index.html', 'enlaces/index.html']) {
    const head = readFileSync(join(DIST, page), 'utf8').split('</head>')[0]!;
    assert.ok(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/cambios\.xml"/.test(head), `${page}: falta el <link> del feed en <head>`);
  }
});
