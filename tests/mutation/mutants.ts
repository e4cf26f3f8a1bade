// Known bugs, kept by hand: each is a search/replace on one file (the search text must occur exactly
// once, so a stale patch is reported, never silently skipped) and the checks of `npm test` that must
// catch it. `npm run mutation` (tests/mutation/run.ts) puts each back in turn and reports.
//
// The first six are the ones a reviewer's mutation run found uncaught (issue #15; the Mermaid one is
// split in two, a non-flowchart type and %%{init}%%); the next eight are of the kind that run found
// caught; the rest guard the README promises that issue found checked nowhere, plus one bug found
// (and fixed) while writing those tests.

export interface Edit {
  file: string;
  search: string;
  replace: string;
}

/**
 * What to run against a mutant, in this order: `build` (astro build of the real site into dist/),
 * `fixture` (tests/setup/fixture-site.ts), then node --test files (unit or dist) and Playwright files.
 * A step is only needed where the mutated file takes part in it: a mutant in the build needs a build.
 */
export interface Checks {
  build?: boolean;
  fixture?: boolean;
  node?: string[];
  e2e?: string[];
  /** Playwright --grep, to run only the tests that concern the mutant. */
  grep?: string;
}

export interface Mutant {
  id: string;
  bug: string;
  edits: Edit[];
  checks: Checks;
}

export const MUTANTS: Mutant[] = [
  // ── The five the reviewer's run did not catch ───────────────────────────────────────────────
  {
    id: 'redirects-sin-ancla',
    bug: 'las líneas de _redirects pierden el #ancla',
    edits: [
      {
        file: 'src/links/redirects-file.ts',
        search: '(corta ? [`${corta} ${ruta} 301`, `${corta}/ ${ruta} 301`] : [])',
        replace: "(corta ? [`${corta} ${ruta.split('#')[0]} 301`, `${corta}/ ${ruta.split('#')[0]} 301`] : [])",
      },
    ],
    checks: { build: true, fixture: true, node: ['tests/links/redirects-file.test.ts', 'tests/links/enlaces.dist.test.ts', 'tests/links/fixture-site.dist.test.ts'] },
  },
  {
    id: 'link-check-misma-pagina',
    bug: 'el comprobador de enlaces ignora los #x de la misma página',
    edits: [{ file: 'tests/links/link-check.ts', search: "if (UNCHECKED.test(href) || href === '#') continue;", replace: "if (UNCHECKED.test(href) || href.startsWith('#')) continue;" }],
    checks: { node: ['tests/links/link-check.test.ts'] },
  },
  {
    id: 'pageAliases-sin-ancla',
    bug: 'la redirección de una página renombrada (pageAliases) pierde el #ancla',
    edits: [{ file: 'src/pages/[...redireccion].astro', search: "const hash = link.hasAttribute('data-keep-hash') ? location.hash : '';", replace: "const hash = '';" }],
    checks: { fixture: true, e2e: ['tests/links/fixture-site.spec.ts'], grep: 'pageAliases' },
  },
  {
    id: 'chromium-sin-path',
    bug: 'la búsqueda de Chromium ignora el PATH',
    edits: [{ file: 'src/browser/chromium.ts', search: '[...systemPaths, ...onPath]', replace: '[...systemPaths]' }],
    checks: { node: ['tests/browser/chromium.test.ts'] },
  },
  {
    id: 'mermaid-otros-tipos',
    bug: 'Mermaid acepta diagramas que no son flowchart',
    edits: [{ file: 'src/diagrams/remark-mermaid.ts', search: 'if (!/^(flowchart|graph)\\b/.test(type)) {', replace: 'if (!/^\\w+/.test(type)) {' }],
    checks: { node: ['tests/diagrams/diagrams.test.ts'] },
  },
  {
    id: 'mermaid-init',
    bug: 'Mermaid acepta %%{init}%%',
    edits: [{ file: 'src/diagrams/remark-mermaid.ts', search: 'if (/^\\s*%%\\{/.test(line))', replace: 'if (/^\\s*%%\\{(?!init)/.test(line))' }],
    checks: { node: ['tests/diagrams/diagrams.test.ts'] },
  },

  // ── Of the kind the reviewer's run caught ───────────────────────────────────────────────────
  {
    id: 'slug-con-tildes',
    bug: 'los ids de los encabezados conservan las tildes («1-13-3-volúmenes»)',
    edits: [
      { file: 'src/links/slug.ts', search: "    .normalize('NFD')\n    .replace(/\\p{M}/gu, '')\n", replace: '' },
      { file: 'src/links/slug.ts', search: '.replace(/[^a-z0-9]+/g, ', replace: '.replace(/[^\\p{L}\\p{N}]+/gu, ' },
    ],
    checks: { node: ['tests/links/copy-link.test.ts', 'tests/links/published.test.ts'] },
  },
  {
    id: 'presupuesto-de-peso',
    bug: 'el presupuesto de peso por página sube de 25 a 50 KB',
    edits: [{ file: 'tests/helpers/weight.ts', search: 'export const BUDGET_TOTAL = 25 * KB;', replace: 'export const BUDGET_TOTAL = 50 * KB;' }],
    checks: { node: ['tests/quality/weight.test.ts'] },
  },
  {
    id: 'sin-script-de-tema',
    bug: 'se quita el script que aplica el tema antes de pintar',
    edits: [
      {
        // Injected by an integration since the strict CSP (is:inline scripts are not hashed).
        file: 'src/layouts/theme-script.ts',
        search: "hooks: { 'astro:config:setup': ({ injectScript }) => injectScript('head-inline', THEME_SCRIPT) },",
        replace: 'hooks: {},',
      },
    ],
    checks: { build: true, e2e: ['tests/layouts/layout.spec.ts'], grep: 'theme' },
  },
  {
    id: 'figura-duplicada',
    bug: 'un número de figura repetido ya no detiene el build',
    edits: [{ file: 'src/diagrams/figure-registry.ts', search: '      if (earlier) return earlier;\n', replace: '' }],
    checks: { node: ['tests/diagrams/diagrams.test.ts'] },
  },
  {
    id: 'alias-de-encabezado',
    bug: 'los alias de encabezado ya no dejan su marca con el id antiguo',
    edits: [
      {
        file: 'src/links/rehype-heading-aliases.ts',
        search: '        place.parent.children.splice(place.parent.children.indexOf(place.node), 0, marker(oldId) as ElementContent);\n',
        replace: '',
      },
    ],
    checks: { fixture: true, node: ['tests/links/published.test.ts', 'tests/links/fixture-site.dist.test.ts'] },
  },
  {
    id: 'enlaces-en-busqueda',
    bug: 'la página /enlaces/ entra en el índice de búsqueda',
    edits: [{ file: 'src/pages/enlaces.astro', search: ' headings={headings} searchable={false}>', replace: ' headings={headings}>' }],
    checks: { build: true, node: ['tests/search/search.dist.test.ts'] },
  },
  {
    id: 'sitemap-con-redirecciones',
    bug: 'el sitemap ya no reconoce las páginas noindex (redirecciones, /buscar/)',
    edits: [{ file: 'src/utils/noindex.ts', search: '/<meta name="robots" content="noindex"/', replace: '/<meta name="robots" content="none"/' }],
    checks: { build: true, node: ['tests/layouts/meta.dist.test.ts', 'tests/links/enlaces.dist.test.ts'] },
  },
  {
    id: 'direccion-corta-sin-ancla',
    bug: 'una dirección corta lleva a la página, sin su #ancla',
    edits: [{ file: 'src/pages/[...redireccion].astro', search: 'props: { to: entry.ruta,', replace: "props: { to: entry.ruta.split('#')[0]!," }],
    checks: { build: true, node: ['tests/links/enlaces.dist.test.ts', 'tests/links/published.dist.test.ts'] },
  },

  // ── README promises that were checked nowhere ──────────────────────────────────────────────
  {
    id: 'fallo-de-copia-callado',
    bug: 'si la copia falla, el botón anuncia «Enlace copiado» igualmente',
    edits: [{ file: 'src/links/copy-link-buttons.ts', search: 'status.textContent = ok ? copied! : failed!;', replace: 'status.textContent = copied!;' }],
    checks: { build: true, e2e: ['tests/links/links.spec.ts'], grep: 'No se pudo copiar' },
  },
  {
    id: 'links-update-no-se-niega',
    bug: '`links:update` avisa de una dirección publicada que falta, pero actualiza igual',
    edits: [{ file: 'src/links/update.ts', search: "no se actualiza:\\n  ${problems.join('\\n  ')}`);\n  process.exit(1);\n", replace: "no se actualiza:\\n  ${problems.join('\\n  ')}`);\n" }],
    checks: { node: ['tests/links/update.dist.test.ts'] },
  },
  {
    id: 'prune-olvida-mdx',
    bug: '`diagrams:prune` solo lee .md y borra los SVG de los diagramas de las .mdx',
    edits: [{ file: 'src/diagrams/prune.ts', search: "globSync('content/**/*.{md,mdx}')", replace: "globSync('content/**/*.md')" }],
    checks: { node: ['tests/diagrams/fixture-site.dist.test.ts'] },
  },
  {
    id: 'un-chromium-por-archivo',
    bug: 'el build cierra Chromium tras cada archivo y abre otro para el siguiente',
    edits: [{ file: 'src/diagrams/renderer.ts', search: 'state.queue = run.catch(() => undefined);', replace: 'state.queue = run.catch(() => undefined).then(closeRenderer);' }],
    checks: { fixture: true, node: ['tests/diagrams/fixture-site.dist.test.ts'] },
  },
  {
    id: 'glosario-sin-alias',
    bug: 'el glosario ya no conserva los ids antiguos de sus términos (aliases)',
    edits: [{ file: 'src/pages/glosario.astro', search: '          {data.aliases.map((alias) => <span id={alias} />)}\n', replace: '' }],
    checks: { fixture: true, node: ['tests/links/fixture-site.dist.test.ts'], e2e: ['tests/links/fixture-site.spec.ts'], grep: 'old id' },
  },
  // Found while writing the fixture site: a figure's alias marker sat at the top of the page.
  {
    id: 'alias-de-figura-fuera',
    bug: 'el alias de una figura queda fuera de ella y lleva al principio de la página',
    edits: [
      {
        file: 'src/links/rehype-heading-aliases.ts',
        search: 'places.set(figureId(number), { parent: { children }, node: children[0] });',
        replace: 'places.set(figureId(number), { parent: parent as { children: RootContent[] }, node: node as RootContent });',
      },
    ],
    checks: { fixture: true, e2e: ['tests/links/fixture-site.spec.ts'], grep: 'esquema' },
  },
  {
    id: 'servidor-reutilizado',
    bug: 'Playwright reutiliza un servidor que ya estaba en el puerto (fuera de CI)',
    // The preview server's line (the nginx server has its own, checked by the same test file).
    edits: [
      {
        file: 'playwright.config.ts',
        search: 'url: `http://127.0.0.1:${PORT}/`,\n      reuseExistingServer: false,',
        replace: 'url: `http://127.0.0.1:${PORT}/`,\n      reuseExistingServer: !process.env.CI,',
      },
    ],
    checks: { node: ['tests/quality/playwright-config.test.ts'] },
  },
  {
    id: 'preview-sin-ignore-lock',
    bug: 'el servidor de los e2e no arranca si otro `astro preview` de la carpeta sigue vivo',
    edits: [{ file: 'playwright.config.ts', search: 'node_modules/.bin/astro preview --ignore-lock --port', replace: 'node_modules/.bin/astro preview --port' }],
    checks: { node: ['tests/quality/playwright-config.test.ts'] },
  },
  // ── Found while fixing the CLS flake and writing the search dialog (28-11) ──────────────────
  {
    id: 'botones-de-codigo-despues',
    bug: 'los botones de un bloque de código llegan después del código que tienen encima: en una red lenta, el código baja',
    // As it was: after the code in the markup, moved above it by CSS order.
    edits: [
      { file: 'src/markdown/rehype-code-copy.ts', search: 'children: [wrap, button, node],', replace: 'children: [node, wrap, button],' },
      { file: 'src/styles/code.css', search: '.code-block > pre { flex: 1 1 100%;', replace: '.code-block > pre { order: 1; flex: 1 1 100%;' },
    ],
    checks: { build: true, e2e: ['tests/quality/layout-shift.spec.ts'], grep: 'objetos-de-docker' },
  },
  {
    id: 'busqueda-sin-wasm',
    bug: 'si el WebAssembly de Pagefind no llega, el diálogo se abre y cada búsqueda falla sin mensaje',
    edits: [{ file: 'src/search/client/pagefind.ts', search: '      await engine.filters();\n', replace: '' }],
    checks: { build: true, e2e: ['tests/search/network.spec.ts'], grep: 'WebAssembly' },
  },
  // ── A new machine (issue 19) ──────────────────────────────────────────────────────────────────
  {
    id: 'huella-con-tildes',
    bug: 'la huella del extracto no quita las tildes: «orquestación» copiado como «orquestacion» ya no se detecta',
    edits: [{ file: 'tests/content/excerpt-fingerprint.ts', search: ".normalize('NFD').replace(/\\p{M}/gu, '')", replace: '' }],
    checks: { node: ['tests/content/excerpt-fingerprint.test.ts'] },
  },
  {
    id: 'actualizado-sin-git-falla',
    bug: 'fuera de git (un archivo descargado) el build se detiene en vez de usar la fecha del archivo',
    edits: [{ file: 'src/collections/last-updated.ts', search: "  } catch {\n    warnOnce('no hay repositorio git (o git no está instalado)');\n  }", replace: '  } finally {\n  }' }],
    checks: { node: ['tests/collections/last-updated.test.ts'] },
  },
  // ── Labs run against a real Docker Engine (issue 20) ───────────────────────────────────────────
  {
    id: 'swarm-deja-gwbridge',
    bug: 'la práctica de Swarm de antes: sale del clúster y deja la red docker_gwbridge, aunque dice que Docker queda como estaba',
    edits: [{ file: 'content/secciones/orquestacion-de-contenedores.mdx', search: 'docker swarm leave --force\ndocker network rm docker_gwbridge\n', replace: 'docker swarm leave --force\n' }],
    checks: { node: ['tests/labs/docker-labs.engine.test.ts'] },
  },
  {
    id: 'salida-de-practica-cambiada',
    bug: 'la salida que enseña la práctica del volumen ya no es la que imprime Docker',
    edits: [{ file: 'content/secciones/objetos-de-docker.mdx', search: '```text\nhola\n```', replace: '```text\nhola, mundo\n```' }],
    checks: { node: ['tests/labs/docker-labs.engine.test.ts'] },
  },
  {
    id: 'estado-sin-imagenes',
    bug: 'el estado del motor no mira las imágenes: una práctica que deja nginx:1.30 descargada pasaría',
    edits: [{ file: 'tests/labs/engine-state.ts', search: "  imagen: ['image', 'ls', '--all', '--format', '{{.Repository}}:{{.Tag}}'],\n", replace: "  imagen: ['version', '--format', 'sin imágenes'],\n" }],
    checks: { node: ['tests/labs/docker-labs.engine.test.ts'] },
  },
  // ── Search finds what students type (issue 23) ───────────────────────────────────────────────
  {
    id: 'busqueda-sin-titulos',
    bug: 'los resultados en el orden de Pagefind: «redes» da «Comandos de redes» antes que «1.13.4 Redes»',
    edits: [{ file: 'src/search/client/results.ts', search: "const first = titlesFirst(part ?? query, fetched, (data) => ({ title: data.meta.title ?? '', glossary: data.meta.type === 'termino' }));", replace: 'const first = fetched;' }],
    checks: { build: true, e2e: ['tests/search/relevance.spec.ts'] },
  },
  {
    id: 'busqueda-por-paginas',
    bug: 'el índice de antes: una página por resultado, con el texto entero de cada página en su fragmento',
    edits: [{ file: 'src/search/records.ts', search: "  if (!body) return [];", replace: "  if (!body) return [];\n  return [record(pagePath, pagePath, pagePath, 'seccion', body.children)];" }],
    checks: { node: ['tests/search/records.test.ts'] },
  },
  {
    id: 'error-pegado-sin-partes',
    bug: 'un mensaje de error pegado entero no encuentra nada: Pagefind exige todas sus palabras',
    edits: [{ file: 'src/search/client/pasted.ts', search: '  if (query.trim().split(/\\s+/).length < PASTED_WORDS) return [];', replace: '  return [];' }],
    checks: { node: ['tests/search/pasted.test.ts'] },
  },
  {
    id: 'taught-in-sin-comprobar',
    bug: 'un «taughtIn» que no nombra ningún encabezado pasa en silencio',
    edits: [{ file: 'src/glossary/rehype-english-terms.ts', search: '      if (!placed.has(anchor)) file.fail(', replace: '      if (placed.has(anchor)) file.fail(' }],
    checks: { node: ['tests/glossary/rehype-english-terms.test.ts'] },
  },
  // ── Self-checks into the LMS (issue 22) ─────────────────────────────────────────────────────────
  {
    id: 'autoevaluacion-sin-css',
    bug: 'elegir una opción no muestra su explicación (sin la regla :checked, la explicación nunca aparece)',
    edits: [{ file: 'src/styles/self-check.css', search: '.choices > label:has(:checked) + p { display: block; }', replace: '' }],
    checks: { build: true, e2e: ['tests/self-checks/self-check.spec.ts'] },
  },
  {
    id: 'gift-sin-escapar',
    bug: 'el GIFT sin escapar: un «:» o un «=» de un enlace rompe la pregunta en Moodle',
    edits: [{ file: 'src/lms/gift.ts', search: "text.replace(/[\\\\~=#{}:]/g, (c) => `\\\\${c}`)", replace: 'text' }],
    checks: { node: ['tests/lms/question-formats.test.ts'] },
  },
  {
    id: 'moodle-dos-correctas',
    bug: 'en Moodle XML todas las opciones valen 100: cualquier respuesta es correcta',
    edits: [{ file: 'src/lms/moodle-xml.ts', search: "'@fraction': c.correct ? 100 : 0", replace: "'@fraction': 100" }],
    checks: { build: true, node: ['tests/lms/questions.dist.test.ts'] },
  },
  {
    id: 'csp-con-hashes-ajenos',
    bug: 'cada página vuelve a llevar en su CSP los hashes de todo el build',
    edits: [{ file: 'src/server/page-csp.ts', search: "!source.startsWith(\"'sha256-\") || own.has(source)", replace: 'true' }],
    checks: { node: ['tests/server/page-csp.test.ts'] },
  },
  // ── Cite a unit, link a sentence, know when a number changed (issue 21) ──────────────────────────
  {
    id: 'frase-con-ancla',
    bug: 'el 301 de una sección vuelve a llevar su #ancla: el navegador pierde el fragmento de texto de un enlace a una frase',
    edits: [{ file: 'src/links/link-index.ts', search: "(entry.tipo === 'seccion' ? entry.ruta.split('#')[0]! : entry.ruta)", replace: '(entry.ruta)' }],
    checks: { build: true, e2e: ['tests/server/sentence-link.spec.ts'] },
  },
  {
    id: 'resaltar-reescribe-direccion',
    bug: 'quitar el resaltado de la búsqueda reescribe la dirección y se lleva el fragmento de texto',
    edits: [{ file: 'src/search/client/highlight.ts', search: '  if (!textFragment()) {', replace: '  if (true) {' }],
    checks: { build: true, e2e: ['tests/sentences/sentence-link.spec.ts'], grep: 'resaltar' },
  },
  {
    id: 'ris-plegado',
    bug: 'las líneas de RIS plegadas por citation-js se unen con un espacio: una dirección partida queda rota',
    edits: [{ file: 'src/citations/citations.ts', search: ".replace(/\\n(?![A-Z][A-Z0-9] {2}-)/g, '')", replace: ".replace(/\\n(?![A-Z][A-Z0-9] {2}-)/g, ' ')" }],
    checks: { build: true, node: ['tests/citations/citations.dist.test.ts'] },
  },
  {
    id: 'cambio-sin-registrar',
    bug: 'una frase de 1.13.1 cambia y nadie lo registra en content/cambios.yaml',
    edits: [{ file: 'content/secciones/objetos-de-docker.mdx', search: 'Una imagen es una plantilla de solo lectura.', replace: 'Una imagen era una plantilla de solo lectura.' }],
    checks: { node: ['tests/changes/review.test.ts'] },
  },
  {
    id: 'gemelo-con-svg',
    bug: 'el gemelo Markdown deja la figura como está (su SVG) en lugar de su pie, su descripción y su dirección corta',
    edits: [{ file: 'src/twins/markdown.ts', search: "  if (node.tagName === 'figure') return rewrite(figure(node, context), context);", replace: '' }],
    checks: { node: ['tests/twins/markdown.test.ts'] },
  },
  // ── #24: weight and touch ────────────────────────────────────────────────────────────────────
  {
    id: 'estilos-sin-estados',
    bug: 'PurgeCSS quita las reglas de un estado solo (:focus-visible, :target): se pierden el anillo de foco y el destello al llegar',
    edits: [{ file: 'src/page-styles/inline.ts', search: '    safelist: { standard: [/^:/] },\n', replace: '' }],
    checks: { node: ['tests/page-styles/inline.test.ts'] },
  },
  {
    id: 'estilos-enlazados',
    bug: 'las páginas vuelven a enlazar sus hojas de estilo enteras (sin src/page-styles/)',
    edits: [{ file: 'astro.config.ts', search: '    pageStyles(),\n', replace: '' }],
    checks: { build: true, node: ['tests/page-styles/page-styles.dist.test.ts', 'tests/quality/weight.dist.test.ts'] },
  },
  {
    id: 'diagrama-sin-compactar',
    bug: 'los SVG de Mermaid llegan con una <tspan> por palabra, ids y clases que nadie lee',
    edits: [{ file: 'src/diagrams/svg.ts', search: '  compactSvg(svg);\n', replace: '' }],
    checks: { node: ['tests/diagrams/diagrams.test.ts'] },
  },
  {
    id: 'copiar-sin-activar',
    bug: 'el paquete de después de load no activa los botones de copiar enlace',
    edits: [{ file: 'src/layouts/after-load.ts', search: 'enableCopyLinks(status);\n', replace: '' }],
    checks: { build: true, e2e: ['tests/links/links.spec.ts'], grep: 'copy-link buttons' },
  },
  {
    id: 'cabecera-baja',
    bug: 'el enlace de inicio de la cabecera vuelve a medir 30 px de alto en un teléfono',
    edits: [{ file: 'src/styles/global.css', search: '.site-title { display: inline-flex; align-items: center; min-height: 2.75rem; ', replace: '.site-title { ' }],
    checks: { build: true, e2e: ['tests/layouts/phone.spec.ts'], grep: 'cabecera' },
  },
];
