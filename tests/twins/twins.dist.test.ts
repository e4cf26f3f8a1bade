// The Markdown twins (/1.13.md…) and /llms.txt as the build wrote them (src/twins/), checked against
// the link index the same build published. DIST=<folder> reads another build instead of dist/.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { test } from 'node:test';
import { fileFor } from '../../src/links/dist-pages.ts';
import { SHORT_PATH, type LinkIndex } from '../../src/links/link-index.ts';
import { NOT_PRECACHED, PRECACHE } from '../../src/offline/integration.ts';
import { LLMS_PATH, twinPath } from '../../src/twins/paths.ts';

const DIST = process.env.DIST ?? 'dist';
const index = JSON.parse(readFileSync(join(DIST, 'enlaces.json'), 'utf8')) as LinkIndex;
const site = index.sitio ?? '';
const sections = index.enlaces.filter((entry) => entry.tipo === 'seccion' && entry.numero);
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const twins = sections.map((section) => ({ section, path: twinPath(section.numero!), markdown: existsSync(join(DIST, twinPath(section.numero!))) ? read(twinPath(section.numero!)) : '' }));
const published = new Set(index.enlaces.flatMap((entry) => (entry.urlCorta ? [entry.urlCorta] : [])));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Markdown without its code (fenced blocks, also inside quotes and lists, and inline code). */
function prose(markdown: string): string {
  let fenced = false;
  const lines = markdown.split('\n').filter((line) => {
    if (!/^(```|~~~)/.test(line.replace(/^(\s*>)*\s*/, ''))) return !fenced;
    fenced = !fenced;
    return false;
  });
  return lines.join('\n').replace(/(`+)[^`][\s\S]*?\1/g, '');
}

/** Every address the Markdown links to: [text](url) and <url>, outside code. */
const links = (markdown: string) => [...prose(markdown).matchAll(/\]\(([^)\s]+)\)|<([a-z][a-z+.-]*:[^>\s]+)>/gi)].map((match) => match[1] ?? match[2]!);

test('the build has the site\'s address, and a twin for each of the three sections', () => {
  assert.ok(site, `${DIST}/enlaces.json sin «sitio»: construye con SITE_URL`);
  assert.equal(sections.length, 3);
  for (const { path, markdown } of twins) assert.ok(markdown.length > 1000, `falta o está vacío ${DIST}${path}`);
});

test('each twin opens with its number and title, its address, its short URL and its date', () => {
  for (const { section, path, markdown } of twins) {
    const [title, , about] = markdown.split('\n');
    assert.equal(title, `# ${section.numero} ${section.titulo}`, path);
    assert.ok(about?.includes(`<${new URL(section.ruta.split('#')[0]!, site).href}>`), `${path}: sin su dirección`);
    assert.ok(about?.includes(`<${section.urlCorta}>`), `${path}: sin su dirección corta`);
    assert.match(about ?? '', /Actualizado el \d+ de \p{L}+ de \d{4}$/u, path);
  }
});

test('every numbered heading of the section is there with its number and, right under it, its short URL', () => {
  for (const { section, path, markdown } of twins) {
    const headings = index.enlaces.filter((entry) => entry.seccion === section.numero && entry.tipo === 'apartado' && entry.numero);
    for (const heading of headings) {
      const expected = `${'#'.repeat(heading.nivel!)} ${heading.numero} ${heading.titulo}\n\nDirección corta: <${heading.urlCorta}>\n`;
      assert.ok(markdown.includes(expected), `${path}: falta «${expected.trim()}»`);
    }
  }
});

test('every figure is its caption, its diagram\'s description and its short URL, with no SVG, buttons or HTML outside code', () => {
  for (const { section, path, markdown } of twins) {
    for (const figure of index.enlaces.filter((entry) => entry.seccion === section.numero && entry.tipo === 'figura')) {
      const block = new RegExp(`^\\*\\*Figura ${escape(figure.numero!)}\\.\\*\\* ${escape(figure.titulo)}\\n\\nDescripción del diagrama: \\S[^\\n]+\\n[\\s\\S]*?^Dirección corta de la figura: <${escape(figure.urlCorta!)}>$`, 'm');
      assert.match(markdown, block, `${path}: Figura ${figure.numero}`);
    }
    for (const ui of ['<svg', '<button', '<details', 'Copiar', 'Ver a pantalla completa', 'Descargar SVG', 'Elige una respuesta']) assert.ok(!markdown.includes(ui), `${path}: queda «${ui}»`);
    const tags = prose(markdown).replace(/<[a-z][a-z+.-]*:[^>\s]+>/gi, '').match(/<\/?[a-z][^>]*>|<!--/gi);
    assert.equal(tags, null, `${path}: HTML fuera del código: ${tags?.slice(0, 3).join(' ')}`);
  }
});

test('every link is absolute, those to the site on its address and to something it serves; every short URL is one it publishes', () => {
  for (const { path, markdown } of [...twins, { path: LLMS_PATH, markdown: read(LLMS_PATH) }]) {
    const found = links(markdown);
    assert.ok(found.length > 3, path);
    for (const href of found) {
      assert.match(href, /^(https?|mailto):/, `${path}: enlace relativo ${href}`);
      const url = new URL(href);
      if (!href.startsWith(site)) {
        assert.notEqual(url.hostname, new URL(site).hostname, `${path}: ${href} no empieza por ${site}`);
        continue;
      }
      if (SHORT_PATH.test(url.pathname)) assert.ok(published.has(href), `${path}: ${href} no está en enlaces.json`);
      else assert.ok(fileFor(DIST, url.pathname), `${path}: ${href} no lleva a ningún archivo de ${DIST}`);
    }
  }
});

test('each section page announces its twin in <head>, and only section pages do', () => {
  for (const { section, path } of twins) {
    const html = read(join(section.ruta.split('#')[0]!, 'index.html'));
    const alternates = [...html.matchAll(/<link[^>]*type="text\/markdown"[^>]*>/g)].map((match) => match[0]);
    assert.equal(alternates.length, 1, `${section.ruta}: ${alternates.length} enlaces a Markdown`);
    assert.match(alternates[0]!, /rel="alternate"/);
    assert.ok(alternates[0]!.includes(`href="${path}"`), alternates[0]!);
    assert.ok(html.indexOf(alternates[0]!) < html.indexOf('</head>'), `${section.ruta}: fuera de <head>`);
    assert.ok(existsSync(join(DIST, path)), path);
  }
  for (const page of ['index.html', 'glosario/index.html', 'enlaces/index.html']) assert.doesNotMatch(read(page), /text\/markdown/, page);
});

test('llms.txt follows llmstxt.org: a title, a summary, and the three twins under «Secciones»', () => {
  const lines = read(LLMS_PATH).split('\n');
  assert.equal(lines[0], '# Docker en el aula');
  assert.ok(lines.some((line) => /^> \S.{40,}/.test(line)), 'sin resumen «> …»');
  const listed = lines.slice(lines.indexOf('## Secciones'), lines.indexOf('## Opcional')).filter((line) => line.startsWith('- ['));
  assert.deepEqual(listed.map((line) => /\]\(([^)]+)\)/.exec(line)?.[1]), twins.map(({ path }) => new URL(path, site).href));
  for (const line of listed) assert.match(line, /^- \[\d+\.\d+ [^\]]+\]\([^)]+\): \S.{20,}$/, line);
  assert.ok(lines.includes('## Opcional'));
});

test('the twins and llms.txt stay out of the offline precache: they are for copying, not for reading offline', () => {
  for (const path of [...twins.map((twin) => twin.path), LLMS_PATH].map((p) => p.slice(1))) {
    assert.ok(!PRECACHE.some((glob) => matchesGlob(path, glob)) || NOT_PRECACHED.some((glob) => matchesGlob(path, glob)), `${path} entraría en la precaché`);
  }
  if (existsSync(join(DIST, 'sw.js'))) assert.doesNotMatch(read('sw.js'), /"url":"[^"]*(\.md|llms\.txt)"/);
});
