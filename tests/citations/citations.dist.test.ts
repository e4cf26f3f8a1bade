// «Cómo citar» read back from dist/ as a reference manager would: the BibTeX, RIS and CSL-JSON files of
// each section parsed by citation-js's own parsers, one reference per section, subsection and figure of
// /enlaces.json, each with its book number in the title, its short (or permanent) address and its dates;
// /citar/<n>/ shows every unit; each section page carries citation_* tags.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { readBuiltLinkIndex } from '../../src/links/dist-pages.ts';

const index = readBuiltLinkIndex('dist');
assert.ok(index.sitio, 'npm test construye con SITE_URL: sin ella no hay citas');
const units = index.enlaces.filter((e) => e.tipo !== 'termino');
const sections = units.filter((e) => e.tipo === 'seccion');
interface Item {
  title: string;
  URL: string;
  author: { literal?: string; family?: string }[];
  issued: { 'date-parts': number[][] };
}

test('hay unidades que citar en cada sección', () => {
  assert.equal(sections.length, 3);
  assert.ok(units.length >= 30, `solo ${units.length} unidades`);
});

for (const section of sections) {
  const mine = units.filter((e) => e.seccion === section.numero);
  const expected = mine.map((e) => ({ url: e.urlCorta ?? e.url, number: e.tipo === 'figura' ? `Figura ${e.numero}.` : e.numero }));

  for (const format of ['bib', 'ris', 'json'] as const) {
    test(`/citar/${section.numero}.${format}: citation-js lee ${mine.length} referencias, con número, dirección y fecha`, () => {
      const text = readFileSync(`dist/citar/${section.numero}.${format}`, 'utf8');
      const items = new Cite(format === 'json' ? JSON.parse(text) : text).data as unknown as Item[];
      assert.equal(items.length, mine.length, 'una referencia por sección, apartado y figura');
      items.forEach((item, i) => {
        assert.equal(item.URL, expected[i]!.url, `${format} ${i}: dirección`);
        if (expected[i]!.number) assert.ok(item.title.startsWith(expected[i]!.number!), `${format} ${i}: «${item.title}» no empieza por ${expected[i]!.number}`);
        assert.ok(JSON.stringify(item.author).includes('Docker en el aula'), `${format} ${i}: autor`);
        assert.equal(item.issued['date-parts'][0]![0], Number(section.actualizado!.slice(0, 4)), `${format} ${i}: año`);
      });
    });
  }

  test(`/citar/${section.numero}/ muestra APA e ISO 690 de cada unidad, y la sección enlaza allí y lleva citation_*`, () => {
    const html = readFileSync(`dist/citar/${section.numero}/index.html`, 'utf8');
    const json = JSON.parse(readFileSync('dist/enlaces.json', 'utf8')) as { enlaces: { ruta: string; cita?: { apa: string; iso690: string } }[] };
    for (const unit of mine) {
      const cita = json.enlaces.find((e) => e.ruta === unit.ruta)!.cita!;
      assert.ok(cita, `${unit.ruta}: /enlaces.json no trae «cita»`);
      const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      for (const text of [cita.apa, cita.iso690]) assert.ok(html.includes(escaped(text)), `${unit.ruta}: /citar/${section.numero}/ no muestra «${text.slice(0, 50)}…»`);
    }
    const page = readFileSync(`dist/${section.ruta.split('#')[0]!.slice(1)}index.html`, 'utf8');
    assert.ok(page.includes(`href="/citar/${section.numero}/"`), 'la sección no enlaza su «Cómo citar»');
    const meta = (name: string) => new RegExp(`<meta name="${name}" content="([^"]+)"`).exec(page)?.[1];
    assert.equal(meta('citation_title'), `${section.numero} ${section.titulo}`);
    assert.equal(meta('citation_author'), 'Docker en el aula');
    assert.equal(meta('citation_fulltext_html_url'), section.urlCorta);
    assert.equal(meta('citation_pdf_url'), new URL(`/descargas/docker-en-el-aula-${section.numero}.pdf`, index.sitio).href);
    assert.match(meta('citation_publication_date') ?? '', /^\d{4}\/\d{2}\/\d{2}$/);
  });
}
