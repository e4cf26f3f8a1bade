import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, loadPlaywright, requireChromium } from '../browser/chromium.ts';

const require = createRequire(import.meta.url);
/** Mermaid's browser build in node_modules: its ES module loads only the chunks a flowchart
 *  needs (half the parse time of the 5 MB single bundle). Served to the page by Playwright
 *  from disk under a made-up origin; every other request is refused, so nothing leaves the machine. */
const MERMAID_DIST = dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'));
const ORIGIN = 'http://mermaid.localhost';
export const MERMAID_VERSION: string = require('mermaid/package.json').version;

/**
 * Every diagram is rendered with this id and gets its figure's id afterwards, so a renumbered
 * figure keeps its cache entry. The token is odd enough never to appear in a diagram by chance.
 */
export const ID_PLACEHOLDER = 'mmdiagramxid';

/** Mermaid's settings; part of the cache key, so changing one re-renders every diagram. */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  // Colours come from the site's CSS (src/styles/diagrams.css), not from Mermaid's theme.
  theme: 'base',
  look: 'classic',
  // Plain <text> labels: selectable, and no <foreignObject> HTML to style or to break.
  htmlLabels: false,
  flowchart: { htmlLabels: false, useMaxWidth: false },
  // Liberation Sans is metric-compatible with Arial: labels measured here fit wherever it is read.
  fontFamily: '"Liberation Sans", Arial, Helvetica, sans-serif',
  securityLevel: 'strict',
  // Hand-drawn-style shapes (stadium, cylinder…) use roughjs: a fixed seed keeps builds identical.
  handDrawnSeed: 1,
} as const;

/** Bumped when the way SVGs are produced changes in a way the config above does not show. */
export const RENDERER_VERSION = 1;

export type RenderResult = { svg: string } | { error: string };

interface State {
  browser?: Promise<Browser>;
  page?: Promise<Page>;
  /** Renders run one after another in the single page: Mermaid's render is not re-entrant. */
  queue: Promise<unknown>;
}

// One renderer per process even if Vite loads this module twice (config bundle and SSR graph).
const KEY = Symbol.for('docker-en-el-aula.mermaid-renderer');
const scope = globalThis as typeof globalThis & { [KEY]?: State };
const state: State = (scope[KEY] ??= { queue: Promise.resolve() });

async function openPage(): Promise<Page> {
  state.browser ??= requireChromium().then((executablePath) =>
    loadPlaywright().chromium.launch({ executablePath, args: CHROMIUM_ARGS }),
  );
  const browser = await state.browser;
  const page = await browser.newPage();
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="es"><body></body></html>' });
    const path = normalize(join(MERMAID_DIST, decodeURIComponent(url.pathname)));
    if (!path.startsWith(MERMAID_DIST)) return route.abort();
    return route.fulfill({ contentType: 'text/javascript', body: await readFile(path) });
  });
  await page.goto(`${ORIGIN}/`);
  // A string, not a function: Vite rewrites import() inside functions of modules it loads.
  await page.evaluate(
    `import('/mermaid.esm.min.mjs').then(({ default: mermaid }) => {
      mermaid.initialize(${JSON.stringify(MERMAID_CONFIG)});
      globalThis.mermaid = mermaid;
    })`,
  );
  return page;
}

/** Renders a batch of Mermaid sources in the build's one Chromium; errors come back per diagram. */
export function renderDiagrams(sources: string[]): Promise<RenderResult[]> {
  const run = state.queue.then(async () => {
    state.page ??= openPage();
    const page = await state.page.catch((error: unknown) => {
      state.page = undefined;
      state.browser = undefined;
      throw error;
    });
    return page.evaluate(
      async ({ sources, id }) => {
        const mermaid = (globalThis as any).mermaid;
        const results: ({ svg: string } | { error: string })[] = [];
        for (const source of sources) {
          // Same random sequence for every diagram: its SVG never depends on what was drawn before it.
          let seed = 1;
          Math.random = () => {
            seed = (seed + 0x6d2b79f5) | 0;
            let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
            t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
            return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
          };
          try {
            results.push({ svg: (await mermaid.render(id, source)).svg });
          } catch (error) {
            results.push({ error: error instanceof Error ? error.message : String(error) });
          }
        }
        return results;
      },
      { sources, id: ID_PLACEHOLDER },
    );
  });
  state.queue = run.catch(() => undefined);
  return run;
}

/** Whether a browser was started (for the benchmark and the tests). */
export const rendererStarted = (): boolean => state.browser !== undefined;

/** Closes the browser if one was started; safe to call more than once. */
export async function closeRenderer(): Promise<void> {
  const browser = state.browser;
  state.browser = undefined;
  state.page = undefined;
  if (browser) await browser.then((b) => b.close()).catch(() => undefined);
}
