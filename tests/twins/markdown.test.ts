// A section page's HTML as its Markdown twin (src/twins/markdown.ts), on a small page with every kind of part.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildLinkIndex } from '../../src/links/link-index.ts';
import { writeTwins } from '../../src/twins/integration.ts';
import { twinMarkdown } from '../../src/twins/markdown.ts';

const index = buildLinkIndex(
  'https://aula.test/',
  [
    { id: 'objetos', file: 'objetos.mdx', number: '1.13', title: 'Objetos de Docker', headings: [{ depth: 2, slug: '1-13-3-volumenes', text: '1.13.3 Volúmenes' }], figures: [{ number: '1.7', title: 'Capas de una imagen' }], updated: '2026-12-07' },
    { id: 'orquestacion', file: 'orquestacion.mdx', number: '1.14', title: 'Orquestación', headings: [{ depth: 2, slug: 'swarm', text: 'Swarm' }], figures: [] },
  ],
  [],
);

const PAGE = `<!doctype html><html lang="es"><head><title>1.13</title></head><body>
<nav>Menú del sitio</nav>
<main id="contenido" data-pagefind-body>
<h1 id="1-13-objetos-de-docker"><span class="number">1.13</span> Objetos de Docker</h1>
<span class="link-copy" hidden data-pagefind-ignore><button type="button" class="copy-link"><svg aria-hidden="true"><path d="M0 0"/></svg></button><button type="button" class="copy-short" data-copy="/1.13">/1.13</button></span>
<p class="updated">Actualizado el <time datetime="2026-12-07">7 de diciembre de 2026</time></p>
<div class="heading heading-h2"><h2 id="1-13-3-volumenes">1.13.3 Volúmenes</h2><a class="anchor" href="#1-13-3-volumenes" data-pagefind-ignore>#</a></div>
<p class="english-terms"><span data-pagefind-ignore>En inglés:</span> <a href="/glosario/#volumen"><i lang="en">volume</i></a></p>
<p>Mira la <a href="#figura-1-7">Figura 1.7</a>, la <a href="../orquestacion/#swarm">parte de Swarm</a> y la <a href="/orquestacion/">sección siguiente</a>.</p>
<div class="code-block"><button type="button" class="copy" data-pagefind-ignore>Copiar</button><pre class="astro-code" data-language="bash"><code><span class="line"><span>docker volume ls</span></span>
<span class="line"><span># &lt;nombre&gt;</span></span></code></pre></div>
<figure id="figura-1-7" class="figure"><div class="diagram-wrap"><div class="diagram-scroll"><svg role="img"><title>Capas</title><desc>Tres capas apiladas sobre el kernel.</desc><g><text>Capa 1</text></g></svg></div><details class="diagram-text"><summary>Textos del diagrama</summary><ul><li>Capa 1</li></ul></details></div><p>Abajo, el kernel.</p><div class="figure-tools"><button type="button" class="figure-zoom">Ver a pantalla completa</button></div><p class="figure-downloads" data-pagefind-ignore><a href="/figuras/figura-1.7.svg" download>Descargar SVG</a></p><figcaption><span class="figure-number">Figura 1.7.</span> Capas de una imagen</figcaption></figure>
<script type="module">console.log('hola')</script>
<section class="aside aside-comprueba" id="comprueba-lo-que-sabes"><p class="aside-title"><strong>Comprueba lo que sabes</strong></p><ol><li><p>¿Borra <code>docker stop</code> el contenedor?</p><fieldset class="choices" data-pagefind-ignore><label><input type="radio" name="p1"> Sí, lo borra.</label><p>No es esa.</p></fieldset><details><summary>Respuesta</summary><p>No: solo lo para.</p></details></li></ol></section>
<nav class="pagination" data-pagefind-ignore><a href="/orquestacion/">Siguiente</a></nav>
</main></body></html>`;

const markdown = twinMarkdown(PAGE, index, '1.13');

test('it opens with the section\'s number and title, its addresses and its date, once', () => {
  const [title, , about] = markdown.split('\n');
  assert.equal(title, '# 1.13 Objetos de Docker');
  assert.equal(about, 'Dirección: <https://aula.test/objetos/> · Dirección corta: <https://aula.test/1.13> · Actualizado el 7 de diciembre de 2026');
  assert.equal(markdown.replace(/^```[\s\S]*?^```$/gm, '').match(/^# /gm)?.length, 1, 'un solo título de nivel 1');
  assert.doesNotMatch(markdown, /Menú del sitio/);
});

test('a numbered heading keeps its number and gets its short URL under it', () => {
  assert.match(markdown, /^## 1\.13\.3 Volúmenes\n\nDirección corta: <https:\/\/aula\.test\/1\.13\.3>$/m);
});

test('code keeps its language and its text, without the «Copiar» button', () => {
  assert.match(markdown, /^```bash\ndocker volume ls\n# <nombre>\n```$/m);
  assert.doesNotMatch(markdown, /Copiar/);
});

test('a figure is its caption, its diagram\'s description, its visible text and its short URL: no SVG, no buttons, no downloads', () => {
  assert.match(markdown, /^\*\*Figura 1\.7\.\*\* Capas de una imagen$/m);
  assert.match(markdown, /^Descripción del diagrama: Tres capas apiladas sobre el kernel\.$/m);
  assert.match(markdown, /^Abajo, el kernel\.$/m);
  assert.match(markdown, /^Dirección corta de la figura: <https:\/\/aula\.test\/figura\/1\.7>$/m);
  for (const ui of ['<svg', '<button', 'pantalla completa', 'Descargar', 'Textos del diagrama', 'console.log']) assert.ok(!markdown.includes(ui), `queda «${ui}»`);
});

test('links are absolute on the site, and short where the book numbers their target', () => {
  assert.match(markdown, /\[Figura 1\.7\]\(https:\/\/aula\.test\/figura\/1\.7\)/);
  assert.match(markdown, /\[parte de Swarm\]\(https:\/\/aula\.test\/orquestacion\/#swarm\)/);
  assert.match(markdown, /\[sección siguiente\]\(https:\/\/aula\.test\/1\.14\)/);
  assert.match(markdown, /\[\*volume\*\]\(https:\/\/aula\.test\/glosario\/#volumen\)/);
  assert.deepEqual([...markdown.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]).filter((href) => !href!.startsWith('https://aula.test/')), []);
});

test('the self-check keeps its question and its answer in the open, not its choices or the pagination', () => {
  assert.match(markdown, /^## Comprueba lo que sabes$/m);
  assert.match(markdown, /^1\. ¿Borra `docker stop` el contenedor\?\n\n {3}\*\*Respuesta:\*\* No: solo lo para\.$/m);
  assert.doesNotMatch(markdown, /Sí, lo borra|No es esa|Siguiente|<details|<summary/);
});

test('without the site\'s address there is no twin: its links could not be absolute', () => {
  const relative = buildLinkIndex(undefined, [{ id: 'objetos', file: 'objetos.mdx', number: '1.13', title: 'Objetos de Docker', headings: [], figures: [] }], []);
  assert.throws(() => twinMarkdown(PAGE, relative, '1.13'), /SITE_URL/);
});

test('a build without SITE_URL gets no twins and no llms.txt, and the log says why', () => {
  const dist = mkdtempSync(join(tmpdir(), 'twins-'));
  try {
    writeFileSync(join(dist, 'enlaces.json'), JSON.stringify(buildLinkIndex(undefined, [], [])));
    const warnings: string[] = [];
    assert.deepEqual(writeTwins(dist, { info: () => assert.fail('sin dirección no hay nada que anunciar'), warn: (message) => warnings.push(message) }), []);
    assert.deepEqual(readdirSync(dist), ['enlaces.json']);
    assert.match(warnings.join('\n'), /Sin textos en Markdown ni llms\.txt: .*SITE_URL/);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
