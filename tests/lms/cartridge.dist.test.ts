import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import type { PublishedLinkIndex } from '../../src/lms/cartridge.ts';
import { CARTRIDGE_PATH } from '../../src/lms/paths.ts';

const index = JSON.parse(readFileSync('dist/enlaces.json', 'utf8')) as PublishedLinkIndex;
const file = join('dist', CARTRIDGE_PATH);
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'resource'].includes(name) });
type Node = Record<string, any>;

/** npm test builds with SITE_URL (tests/run.ts); without it there is no cartridge (tests/lms/cartridge.test.ts).
 *  Not a skip: a build without it fails here. */
const requireSite = () => assert.ok(index.sitio, 'este build no tiene SITE_URL: no hay cartucho que comprobar (npm test lo define)');

/** The cartridge's links in order: module title, item title, URL. */
async function links() {
  requireSite();
  assert.ok(existsSync(file), `el build con SITE_URL debe escribir ${file}`);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const manifest = parser.parse(await zip.file('imsmanifest.xml')!.async('string')).manifest as Node;
  const hrefs = new Map<string, string>(manifest.resources.resource.map((r: Node) => [r['@_identifier'], r.file['@_href']]));
  const out: { module: string; title: string; url: string }[] = [];
  for (const module of manifest.organizations.organization.item[0].item as Node[]) {
    for (const item of module.item as Node[]) {
      const weblink = zip.file(hrefs.get(item['@_identifierref'])!);
      assert.ok(weblink, `falta el archivo del enlace «${item.title}»`);
      out.push({ module: module.title, title: item.title, url: parser.parse(await weblink.async('string')).webLink.url['@_href'] });
    }
  }
  return out;
}

test('every section, subsection and figure of /enlaces.json appears once, in its order, with its short URL', async () => {
  const entries = index.enlaces.filter((e) => e.tipo !== 'termino');
  const expected = entries.map((e) => e.urlCorta ?? e.url!);
  const all = await links();
  const actual = all.map((l) => l.url);
  for (const url of expected) assert.equal(actual.filter((u) => u === url).length, 1, `${url} debe aparecer una vez en el cartucho`);
  assert.deepEqual(actual.filter((u) => expected.includes(u)), expected, 'el orden del cartucho debe ser el de /enlaces.json');
  // Each entry sits in its own section's module (module titles start with the section number).
  for (const link of all) {
    const entry = entries.find((e) => (e.urlCorta ?? e.url) === link.url);
    if (entry) assert.ok(link.module.startsWith(`${entry.seccion} `), `«${link.title}» está en el módulo «${link.module}»`);
  }
});

test('it links every PDF, and only addresses /enlaces.json publishes; the PDFs exist in dist/', async () => {
  const pdfs = [...Object.values(index.pdf!.secciones), index.pdf!.capitulo];
  const urls = (await links()).map((l) => l.url);
  assert.equal(Object.keys(index.pdf!.secciones).length, index.enlaces.filter((e) => e.tipo === 'seccion').length);
  for (const pdf of pdfs) assert.ok(urls.includes(pdf), `falta el PDF ${pdf}`);
  const glossary = new URL('glosario/', index.sitio).href;
  const published = new Set([...index.enlaces.flatMap((e) => [e.url, e.urlCorta]), ...pdfs, glossary]);
  for (const url of urls) assert.ok(published.has(url), `${url} no es una dirección de /enlaces.json`);
  // `npm test` runs `npm run pdf` before the dist tests; a bare `astro build` has no PDFs yet.
  for (const pdf of pdfs) {
    const path = join('dist', decodeURIComponent(new URL(pdf).pathname.slice(new URL(index.sitio!).pathname.length - 1)));
    assert.ok(existsSync(path), `el cartucho enlaza ${pdf}, pero falta ${path}`);
  }
});
