// The content's public interface on the built site: the book's numbers and their URLs, text that is the
// site's own (no run of 8 words from the book excerpt, checked against its committed fingerprint), and glossary links that land on a term.
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { test } from 'node:test';
import { elements, readableText, readPages, ROOT, textOf } from '../helpers/dist-pages.ts';
import { copiedRuns, FINGERPRINT_FILE, readFingerprint, RUN } from './excerpt-fingerprint.ts';

const pages = readPages();

/** The book's numbered sections and figures, in reading order, with the URL teachers cite. */
const NUMBERED = [
  { label: '1.13', url: '/objetos-de-docker/#1-13-objetos-de-docker' },
  { label: '1.13.1', url: '/objetos-de-docker/#1-13-1-imagenes' },
  { label: '1.13.2', url: '/objetos-de-docker/#1-13-2-contenedores' },
  { label: 'Figura 1.7', url: '/objetos-de-docker/#figura-1-7' },
  { label: 'Figura 1.8', url: '/objetos-de-docker/#figura-1-8' },
  { label: '1.13.3', url: '/objetos-de-docker/#1-13-3-volumenes' },
  { label: '1.13.4', url: '/objetos-de-docker/#1-13-4-redes' },
  { label: '1.14', url: '/orquestacion-de-contenedores/#1-14-orquestacion-de-contenedores' },
  { label: 'Figura 1.9', url: '/orquestacion-de-contenedores/#figura-1-9' },
  { label: 'Figura 1.10', url: '/orquestacion-de-contenedores/#figura-1-10' },
  { label: '1.15', url: '/organizaciones-y-estandares/#1-15-organizaciones-y-estandares' },
];

/** Headings and figure captions that carry a book number, as "label → url", in document order. */
function numberedItems(page: (typeof pages)[number]) {
  const items: { label: string; url: string }[] = [];
  for (const el of elements(page.tree, 'h1', 'h2', 'h3', 'h4', 'figure')) {
    if (el.tagName === 'figure') {
      const caption = elements({ type: 'root', children: [el] }, 'figcaption')[0];
      const number = caption && /^Figura (\d+\.\d+)\./.exec(textOf(caption))?.[1];
      if (number) items.push({ label: `Figura ${number}`, url: `${page.path}#${String(el.properties.id)}` });
      continue;
    }
    // The h1 puts its number in a <span>: no space is guaranteed after it in the text.
    const number = /^(1\.1\d(?:\.\d+)*)(?![\d.])/.exec(textOf(el))?.[1];
    if (number) items.push({ label: number, url: `${page.path}#${String(el.properties.id)}` });
  }
  return items;
}

test('cada sección y figura numerada del libro aparece una vez, en orden, con su número y su URL', () => {
  const sectionPages = pages
    .map((page) => ({ page, items: numberedItems(page) }))
    // Section pages are those whose h1 carries a book number; home, glossary and 404 only mention them.
    .filter(({ page, items }) => items[0] !== undefined && items[0].url === `${page.path}#${String(elements(page.tree, 'h1')[0]?.properties.id)}`)
    // Reading order is the book's order: by the number in each page's h1.
    .sort((a, b) => a.items[0]!.label.localeCompare(b.items[0]!.label, 'en', { numeric: true }));
  const found = sectionPages.flatMap(({ items }) => items);
  assert.deepEqual(found, NUMBERED, 'los números del libro, su orden o sus anclas no son los esperados');
});

const fingerprint = readFingerprint();

test(`ninguna página ni archivo de content/ repite ${RUN} palabras seguidas del extracto del libro`, () => {
  // The excerpt's fingerprint is committed (tests/content/excerpt-fingerprint.ts): this runs from the repository alone.
  assert.equal(fingerprint.run, RUN);
  assert.ok(fingerprint.hashes.length > 600, `la huella del extracto (${FINGERPRINT_FILE}) tiene solo ${fingerprint.hashes.length} entradas`);
  const sources = globSync('content/**/*.{md,mdx,yaml}', { cwd: ROOT });
  assert.ok(sources.length >= 5, `solo ${sources.length} archivos en content/`);
  const copied = [
    ...pages.flatMap((page) => copiedRuns(readableText(page.tree), fingerprint).map((g) => `${page.file}: «${g}»`)),
    ...sources.flatMap((file) => copiedRuns(readFileSync(join(ROOT, file), 'utf8'), fingerprint).map((g) => `${file}: «${g}»`)),
  ];
  assert.deepEqual(copied, [], `texto copiado del libro (reescríbelo con palabras propias):\n${copied.join('\n')}`);
});

test('cada enlace al glosario lleva a un término que existe', () => {
  const glossary = pages.find((page) => page.path === '/glosario/');
  assert.ok(glossary, 'no se ha generado la página /glosario/');
  const anchors = new Set(elements(glossary.tree).map((el) => el.properties.id).filter((id) => typeof id === 'string'));

  const links = pages.flatMap((page) =>
    elements(page.tree, 'a').flatMap((a) => {
      const href = String(a.properties.href ?? '');
      const match = /^(?:https?:\/\/[^/]+)?\/glosario\/?#(.+)$/.exec(href);
      return match ? [{ page: page.file, term: decodeURIComponent(match[1]!) }] : [];
    }),
  );
  // The section pages link their terms: finding none means this test is looking at the wrong thing.
  assert.ok(links.length >= 50, `solo se han encontrado ${links.length} enlaces al glosario`);
  const broken = links.filter(({ term }) => !anchors.has(term)).map(({ page, term }) => `${page} → /glosario/#${term}`);
  assert.deepEqual(broken, [], `enlaces a términos que no están en content/glosario.yaml:\n${broken.join('\n')}`);
});

/**
 * Words that are glossary terms but are used on a page in their everyday sense, not the technical one:
 * «el servicio de contenedores de cualquier nube» in 1.15 is not a Swarm service.
 */
const EVERYDAY_SENSE: Record<string, string[]> = { '/organizaciones-y-estandares/': ['servicio'] };

test('cada término del glosario que una sección nombra enlaza al glosario en esa sección', () => {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const glossary = readFileSync(join(ROOT, 'content/glosario.yaml'), 'utf8');
  // The name before any parenthesis: «OCI (Open Container Initiative)» is named as «OCI».
  const terms = [...glossary.matchAll(/^- id: (\S+)\n\s+term: (.+)$/gm)].map(([, id, term]) => ({
    id: id!,
    name: fold(term!.replace(/^["']|["']$/g, '').replace(/\s*\(.*\)$/, '')),
  }));
  assert.ok(terms.length >= 50, `solo se han leído ${terms.length} términos de content/glosario.yaml`);
  const sectionPaths = new Set(NUMBERED.map(({ url }) => url.split('#')[0]));
  const sections = pages.filter((page) => sectionPaths.has(page.path));
  assert.equal(sections.length, 3, sections.map((p) => p.path).join(', '));

  const unlinked = sections.flatMap((page) => {
    const main: Root = { type: 'root', children: [elements(page.tree, 'main')[0]!] };
    // Prose only: not code, not the diagrams' own labels, not headings' permalink buttons.
    const prose = elements(main, 'p', 'li', 'td', 'figcaption').filter((el) => !elements({ type: 'root', children: [el] }, 'pre').length);
    const text = ` ${fold(prose.map(textOf).join(' '))} `;
    const linked = new Set(elements(main, 'a').map((a) => /\/glosario\/#(.+)$/.exec(String(a.properties.href ?? ''))?.[1]));
    return terms
      .filter(({ id }) => !EVERYDAY_SENSE[page.path]?.includes(id) && !linked.has(id))
      // A whole word: letters, digits and hyphens around it belong to another word (CRI-O is not CRI).
      .filter(({ name }) => new RegExp(`(?<![\\p{L}\\d-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d-])`, 'u').test(text))
      .map(({ id }) => `${page.path}: nombra «${id}» sin enlazar a /glosario/#${id}`);
  });
  assert.deepEqual(unlinked, [], unlinked.join('\n'));
});

test('la cursiva de Markdown llega como cursiva: ningún *asterisco* queda a la vista en la prosa', () => {
  const found: string[] = [];
  let italics = 0;
  for (const page of pages) {
    for (const main of elements(page.tree, 'main')) {
      italics += elements(main, 'em').length;
      // Code shows what is typed, asterisks included.
      const prose = elements(main, 'p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'figcaption').filter((el) => elements(el, 'code', 'pre').length === 0);
      for (const el of prose) {
        const text = textOf(el);
        if (/\*[^\s*][^*]*\*/.test(text)) found.push(`${page.file}: «${text.slice(0, 80)}»`);
      }
    }
  }
  assert.ok(italics > 10, `solo ${italics} <em> en las páginas: ¿se pierde la cursiva?`);
  assert.deepEqual(found, [], found.join('\n'));
});
