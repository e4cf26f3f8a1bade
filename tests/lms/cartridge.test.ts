import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { buildLinkIndex } from '../../src/links/link-index.ts';
import { buildCartridge, type PublishedLinkIndex } from '../../src/lms/cartridge.ts';
import { writeCartridge } from '../../src/lms/cartridge-integration.ts';
import { CARTRIDGE_PATH } from '../../src/lms/paths.ts';

// Spelled out, not imported: a wrong constant in the code must fail here.
const CC_NAMESPACE = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
const WEBLINK_NAMESPACE = 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1';
const WEBLINK_TYPE = 'imswl_xmlv1p1';

const SITE = 'https://aula.example/';
const TRICKY = `Redes <bridge> & "overlay" 'host'`;
const fixture: PublishedLinkIndex = {
  ...buildLinkIndex(
    SITE,
    [
      {
        id: 'objetos',
        file: 'objetos.md',
        number: '1.13',
        title: 'Objetos de Docker',
        headings: [
          { depth: 2, slug: '1-13-1-imagenes', text: '1.13.1 Imágenes' },
          { depth: 3, slug: 'detalle', text: 'Detalle' },
          { depth: 2, slug: '1-13-2-redes', text: `1.13.2 ${TRICKY}` },
        ],
        figures: [{ number: '1.7', title: 'Contenedores Linux en Windows' }],
      },
      { id: 'orquestacion', file: 'orquestacion.md', number: '1.14', title: 'Orquestación', headings: [], figures: [{ number: '1.9', title: 'Clúster de Swarm' }] },
    ],
    [{ id: 'volumen', term: 'Volumen' }],
  ),
  pdf: { capitulo: `${SITE}descargas/cap.pdf`, secciones: { '1.13': `${SITE}descargas/1.13.pdf`, '1.14': `${SITE}descargas/1.14.pdf` } },
};

// Module by module, the addresses the cartridge must hold, in order: short URLs where they exist.
const EXPECTED = [
  ['1.13', `${SITE}1.13`, `${SITE}1.13.1`, `${SITE}objetos/#detalle`, `${SITE}1.13.2`, `${SITE}figura/1.7`, `${SITE}descargas/1.13.pdf`],
  ['1.14', `${SITE}1.14`, `${SITE}figura/1.9`, `${SITE}descargas/1.14.pdf`],
  ['capítulo', `${SITE}descargas/cap.pdf`, `${SITE}glosario/`],
];

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'resource', 'file'].includes(name) });
type Node = Record<string, any>;

async function open(index: PublishedLinkIndex = fixture) {
  const zip = await JSZip.loadAsync(await buildCartridge(index));
  const text = await zip.file('imsmanifest.xml')!.async('string');
  return { zip, text, manifest: parser.parse(text).manifest as Node };
}

test('the manifest is an IMS Common Cartridge 1.1 that Moodle recognises', async () => {
  const { text, manifest } = await open();
  assert.equal(manifest['@_xmlns'], CC_NAMESPACE);
  // Moodle's imscc11 converter looks for the namespace in the first 500 bytes only.
  assert.ok(text.slice(0, 500).includes(`xmlns="${CC_NAMESPACE}"`), 'el espacio de nombres de CC 1.1 debe estar en los primeros 500 bytes');
  assert.equal(manifest.metadata.schema, 'IMS Common Cartridge');
  assert.equal(manifest.metadata.schemaversion, '1.1.0');
  const title = manifest.metadata['lomimscc:lom']['lomimscc:general']['lomimscc:title']['lomimscc:string'];
  assert.equal(title['@_language'], 'es');
  assert.match(title['#text'], /1\.13 a 1\.14/);
});

test('one module per section in book order, then the chapter, each a flat list of web links', async () => {
  const { zip, manifest } = await open();
  const organization = manifest.organizations.organization;
  assert.equal(organization['@_structure'], 'rooted-hierarchy');
  const root = organization.item[0];
  assert.equal(root.title, undefined, 'el ítem raíz no lleva título en CC 1.1');
  const modules: Node[] = root.item;
  assert.equal(modules.length, EXPECTED.length, 'un módulo por sección y uno para el capítulo');
  const resources = new Map<string, Node>(manifest.resources.resource.map((r: Node) => [r['@_identifier'], r]));
  for (const [i, module] of modules.entries()) {
    const [name, ...urls] = EXPECTED[i]!;
    assert.ok(module.title.includes(name!), `el módulo ${i + 1} debe ser «${name}», no «${module.title}»`);
    assert.equal(module['@_identifierref'], undefined, 'un módulo no apunta a un recurso');
    const items: Node[] = module.item;
    assert.equal(items.length, urls.length, `enlaces del módulo «${module.title}»`);
    for (const [j, item] of items.entries()) {
      assert.equal(item.item, undefined, `«${item.title}» apunta a un recurso y no puede tener ítems dentro`);
      const resource = resources.get(item['@_identifierref']);
      assert.ok(resource, `«${item.title}» apunta a un recurso que no existe: ${item['@_identifierref']}`);
      assert.equal(resource['@_type'], WEBLINK_TYPE);
      assert.equal(resource['@_href'], undefined, 'un enlace web no lleva href en el recurso');
      assert.equal(resource.file.length, 1, 'un enlace web tiene exactamente un archivo');
      const file = zip.file(resource.file[0]['@_href']);
      assert.ok(file, `falta en el zip ${resource.file[0]['@_href']}`);
      const link = parser.parse(await file.async('string')).webLink as Node;
      assert.equal(link['@_xmlns'], WEBLINK_NAMESPACE);
      assert.equal(link.title, item.title);
      assert.equal(link.url['@_href'], urls[j], `dirección de «${item.title}»`);
    }
  }
});

test('identifiers are unique in the manifest and derived from the book numbers', async () => {
  const { text } = await open();
  const ids = [...text.matchAll(/ identifier="([^"]+)"/g)].map((m) => m[1]!);
  assert.equal(new Set(ids).size, ids.length, `identificadores repetidos: ${ids.join(' ')}`);
  for (const id of ['M_1_13', 'I_1_13_1', 'WL_1_13_1', 'I_F_1_7', 'I_PDF_1_14', 'I_1_13_detalle']) assert.ok(ids.includes(id), `falta ${id}`);
  // xs:ID: an NCName, so no dots and no leading digit.
  for (const id of ids) assert.match(id, /^[A-Za-z_][\w.-]*$/, `${id} no es un identificador XML válido`);
});

test('a title with <, & and quotes survives the round trip, and the build is reproducible', async () => {
  const { zip, text } = await open();
  assert.ok(!text.includes(TRICKY), 'el título debe ir escapado en el XML');
  const weblink = await zip.file('weblinks/WL_1_13_2.xml')!.async('string');
  assert.equal(parser.parse(weblink).webLink.title, `1.13.2 ${TRICKY}`);
  assert.ok(text.includes('1.13.2 Redes &lt;bridge&gt; &amp;'));
  assert.deepEqual(await buildCartridge(fixture), await buildCartridge(fixture));
  // Reproducible only if the zip entries carry a fixed date, not the build's clock.
  for (const entry of Object.values(zip.files)) assert.ok(entry.date.getTime() < Date.now() - 86_400_000, `${entry.name} lleva la fecha del build`);
});

test('without a site address, or with a relative link, it refuses to build and says why in Spanish', async () => {
  const { sitio: _sitio, ...noSite } = fixture;
  await assert.rejects(buildCartridge(noSite), /necesita la dirección pública del sitio \(SITE_URL\)/);
  const [first, ...rest] = fixture.enlaces;
  await assert.rejects(buildCartridge({ ...fixture, enlaces: [{ ...first!, urlCorta: '/1.13' }, ...rest] }), /no tiene una dirección absoluta/);
});

test('at the end of the build it writes the file only when enlaces.json has the site address, and says why not', async (t) => {
  const dist = mkdtempSync(join(tmpdir(), 'cartucho-'));
  t.after(() => rmSync(dist, { recursive: true, force: true }));
  const messages: string[] = [];
  const logger = { info: (message: string) => void messages.push(message) };
  const { sitio: _sitio, ...noSite } = fixture;
  writeFileSync(join(dist, 'enlaces.json'), JSON.stringify(noSite));
  assert.equal(await writeCartridge(dist, logger), undefined);
  assert.equal(existsSync(join(dist, CARTRIDGE_PATH)), false, 'sin SITE_URL no se escribe el cartucho');
  assert.match(messages.join('\n'), /Sin cartucho Common Cartridge: .*SITE_URL/);
  writeFileSync(join(dist, 'enlaces.json'), JSON.stringify(fixture));
  assert.equal(await writeCartridge(dist, logger), join(dist, CARTRIDGE_PATH));
  assert.deepEqual(new Uint8Array(readFileSync(join(dist, CARTRIDGE_PATH))), await buildCartridge(fixture));
});
