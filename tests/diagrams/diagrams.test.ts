// Fixture tests for build-time diagrams: tests/diagrams/fixtures/<case>/input.mdx goes through the
// real remark plugin (real Mermaid in the real Chromium) and must give output.html, or fail with
// exactly error.txt. UPDATE_FIXTURES=1 rewrites the expected files (and the cache-hit case's cache).
import type { Element, Root as HastRoot } from 'hast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import remarkMermaid from '../../src/diagrams/remark-mermaid.ts';
import { assertFigureReferences, FigureRegistry } from '../../src/diagrams/figure-registry.ts';
import { closeRenderer } from '../../src/diagrams/renderer.ts';

const FIXTURES = 'tests/diagrams/fixtures';
const UPDATE = process.env.UPDATE_FIXTURES === '1';
after(closeRenderer);

/** The JSX elements stay visible in the output as <mdx-name attr…>: the test shows what the
 *  plugin produced, not what some imitation of Figure.astro would make of it. */
function jsxAsElements() {
  return (tree: HastRoot) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'mdxJsxFlowElement' || !parent || index === undefined) return;
      const jsx = node as unknown as MdxJsxFlowElement;
      const properties = Object.fromEntries(
        jsx.attributes.flatMap((attr) => (attr.type === 'mdxJsxAttribute' ? [[attr.name, String(attr.value)]] : [])),
      );
      const element: Element = { type: 'element', tagName: `mdx-${jsx.name?.toLowerCase()}`, properties, children: jsx.children as Element['children'] };
      parent.children[index] = element;
    });
  };
}

interface Run {
  cacheDir?: string;
  registry?: FigureRegistry;
  noBrowser?: boolean;
  path?: string;
}

async function compile(name: string, run: Run = {}): Promise<string> {
  const path = run.path ?? join(FIXTURES, name, 'input.mdx');
  const cacheDir = run.cacheDir ?? mkdtempSync(join(tmpdir(), 'diagram-cache-'));
  const previous = process.env.NO_CHROMIUM;
  if (run.noBrowser) {
    // As on a host with no browser: none running, none to be found.
    await closeRenderer();
    process.env.NO_CHROMIUM = '1';
  }
  try {
    const file = await unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkMermaid, { cacheDir, registry: run.registry ?? new FigureRegistry() })
      .use(remarkRehype, { passThrough: ['mdxJsxFlowElement'] })
      .use(jsxAsElements)
      .use(rehypeStringify)
      .process(new VFile({ path, value: readFileSync(path, 'utf8') }));
    return String(file);
  } finally {
    if (previous === undefined) delete process.env.NO_CHROMIUM;
    else process.env.NO_CHROMIUM = previous;
    if (!run.cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  }
}

function expectOutput(name: string, html: string): void {
  const expected = join(FIXTURES, name, 'output.html');
  if (UPDATE) writeFileSync(expected, `${html}\n`);
  assert.equal(`${html}\n`, readFileSync(expected, 'utf8'));
}

async function expectError(name: string, run: Run = {}): Promise<string> {
  const expected = join(FIXTURES, name, 'error.txt');
  const error = await compile(name, run).then(
    () => assert.fail(`${name}: se esperaba un error`),
    (error: Error) => error,
  );
  if (UPDATE) writeFileSync(expected, `${error.message}\n`);
  assert.equal(`${error.message}\n`, readFileSync(expected, 'utf8'));
  return error.message;
}

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '');

test('un diagrama sencillo se vuelve un SVG en línea con su tamaño, sin <style> de Mermaid ni bloque de código', async () => {
  const html = await compile('plain');
  expectOutput('plain', html);
  assert.match(html, /<svg id="figura-1-7-svg"[^>]* width="[\d.]+" height="[\d.]+"/);
  assert.match(html, /role="img"/);
  assert.doesNotMatch(html, /<style|<pre|<code|foreignObject/);
  // A strict CSP blocks style="" attributes: sizes are classes, Mermaid's styles SVG attributes.
  assert.doesNotMatch(html, /\sstyle="/);
  assert.match(html, /<svg [^>]*class="diagram diagram-min-\d+"/);
  assert.match(html, /<li>Kernel de Linux<\/li>/, 'las etiquetas llegan al texto de la página (búsqueda)');
});

test('dos diagramas en una página no comparten ningún id', async () => {
  const html = await compile('two-diagrams');
  expectOutput('two-diagrams', html);
  const all = ids(html);
  // What is left once compactSvg drops the ids nothing points to: each SVG's own and its arrowhead's.
  assert.ok(all.length >= 4, all.join(' '));
  assert.deepEqual(all.filter((id, i) => all.indexOf(id) !== i), []);
  assert.ok(all.every((id) => id.includes('figura-1-7-svg') || id.includes('figura-1-8-svg')), all.join(' '));
});

test('accTitle y accDescr dan nombre y descripción accesibles con ids propios de la figura', async () => {
  const html = await compile('accessibility');
  expectOutput('accessibility', html);
  assert.match(html, /aria-labelledby="chart-title-figura-1-10-svg"/);
  assert.match(html, /<title id="chart-title-figura-1-10-svg">Cluster de Kubernetes<\/title>/);
  assert.match(html, /aria-describedby="chart-desc-figura-1-10-svg"/);
  assert.match(html, /<desc id="chart-desc-figura-1-10-svg">Un nodo del plano de control gestiona tres nodos worker, cada uno con su kubelet.<\/desc>/);
});

test('sin accTitle, el nombre accesible es el pie de la figura', async () => {
  const html = await compile('plain');
  assert.match(html, /aria-label="Figura 1.7. Contenedores Linux"/);
});

test('Mermaid inválido detiene el build con archivo, línea y el mensaje de Mermaid', async () => {
  const message = await expectError('invalid-syntax');
  assert.match(message, /^tests\/diagrams\/fixtures\/invalid-syntax\/input\.mdx:5:1: la Figura 1\.9 no es Mermaid válido/);
  assert.match(message, /Parse error on line 4/);
});

test('un número de figura repetido detiene el build y dice dónde estaba el primero', async () => {
  const message = await expectError('duplicate-number');
  assert.match(message, /input\.mdx:12:1: la Figura 1\.9 ya está definida en .*input\.mdx:1:1/);
});

test('el mismo número en dos archivos distintos también detiene el build', async () => {
  const registry = new FigureRegistry();
  await compile('cache-hit-no-browser', { registry, cacheDir: join(FIXTURES, 'cache-hit-no-browser', 'cache'), noBrowser: true });
  await assert.rejects(
    compile('cache-hit-no-browser', { registry, cacheDir: join(FIXTURES, 'cache-hit-no-browser', 'cache'), noBrowser: true, path: join(FIXTURES, 'undefined-reference', 'input.mdx') }),
    /undefined-reference\/input\.mdx:3:1: la Figura 1\.9 ya está definida en tests\/diagrams\/fixtures\/cache-hit-no-browser\/input\.mdx:1:1/,
  );
});

test('un enlace a una figura que no existe detiene el build con su archivo y línea', async () => {
  const registry = new FigureRegistry();
  await compile('undefined-reference', { registry });
  const expected = join(FIXTURES, 'undefined-reference', 'error.txt');
  const error = (() => {
    try {
      assertFigureReferences(registry);
    } catch (error) {
      return error as Error;
    }
    return assert.fail('se esperaba un error');
  })();
  if (UPDATE) writeFileSync(expected, `${error.message}\n`);
  assert.equal(`${error.message}\n`, readFileSync(expected, 'utf8'));
  assert.equal(error.message, 'tests/diagrams/fixtures/undefined-reference/input.mdx:1:57: enlace a la Figura 1.11, que no existe en ninguna sección.');
});

test('con el diagrama en la caché, el build funciona sin navegador', async () => {
  const cacheDir = join(FIXTURES, 'cache-hit-no-browser', 'cache');
  if (UPDATE) {
    rmSync(cacheDir, { recursive: true, force: true });
    await compile('cache-hit-no-browser', { cacheDir });
  }
  assert.equal(readdirSync(cacheDir).length, 1);
  const html = await compile('cache-hit-no-browser', { cacheDir, noBrowser: true });
  expectOutput('cache-hit-no-browser', html);
  assert.match(html, /<li>Manager 1 \(líder\)<\/li>/);
});

test('un diagrama nuevo sin navegador falla con una línea: archivo, figura y cómo conseguir uno', async () => {
  // A cache folder that does not exist: nothing is cached, and the message names it the same way every run.
  const cacheDir = join(FIXTURES, 'cache-miss-no-browser', 'cache');
  const message = await expectError('cache-miss-no-browser', { noBrowser: true, cacheDir });
  assert.equal(existsSync(cacheDir), false, 'nada se escribe en la caché');
  assert.equal(message.split('\n').length, 1);
  assert.match(message, /^tests\/diagrams\/fixtures\/cache-miss-no-browser\/input\.mdx:3:1: la Figura 1\.9 es nueva o cambió/);
  assert.match(message, /apt-get install chromium/);
});

test('un bloque mermaid fuera de <Figure> no se queda como código: detiene el build', async () => {
  await expectError('outside-figure');
});

test('dos diagramas en una misma figura se rechazan: sus ids chocarían', async () => {
  const message = await expectError('two-in-one-figure');
  assert.match(message, /input\.mdx:8:1: la Figura 1\.9 ya tiene un diagrama/);
});

test('colores fijos (style, classDef) se rechazan: romperían el tema oscuro', async () => {
  await expectError('fixed-colours');
});

test('solo flowchart/graph: otro tipo de diagrama (aquí de secuencia) detiene el build', async () => {
  const message = await expectError('not-a-flowchart');
  assert.match(message, /no «sequenceDiagram» \(línea 4\)$/);
});

test('una directiva %%{init}%% detiene el build aunque el diagrama sea un flowchart', async () => {
  const message = await expectError('init-directive');
  assert.match(message, /input\.mdx:3:1: Figura 1\.9: las directivas %%\{init\}%% no se admiten/);
});

test('la caché guarda lo que dibujó el navegador y un cambio en el diagrama no la reutiliza', async () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
  try {
    const first = await compile('plain', { cacheDir });
    assert.equal(readdirSync(cacheDir).length, 1);
    assert.equal(await compile('plain', { cacheDir, noBrowser: true }), first, 'de la caché sale lo mismo que del navegador');
    await assert.rejects(compile('two-diagrams', { cacheDir, noBrowser: true }), /Figura 1\.8 es nueva o cambió/);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('cada fixture tiene su resultado esperado', () => {
  for (const name of readdirSync(FIXTURES)) {
    const dir = join(FIXTURES, name);
    assert.ok(existsSync(join(dir, 'output.html')) || existsSync(join(dir, 'error.txt')), `${name} no tiene output.html ni error.txt`);
  }
});
