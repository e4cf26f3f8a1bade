// `npm run bench:search`: what search costs a reader, measured on the production build in Chromium.
// Prints the index size, the compressed bytes the first query downloads (from real network responses
// of a gzip-serving static server, as a host would serve dist/), and the time from each keystroke to
// rendered results once the index is loaded. Figures only: targets are printed, never asserted.
// Service workers are blocked: the offline copy a first visit downloads in the background
// (src/offline/) is not what a search costs, and it would land in whichever row it overlaps.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { createBrotliCompress, createGzip, gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../src/browser/chromium.ts';
import { DEBOUNCE_MS } from '../../src/search/client/params.ts';
import { relevanceSet } from '../search/relevance.ts';

const DIST = 'dist';
const READING_PAGE = '/objetos-de-docker/';
const FIRST_QUERY = 'volumen';
const QUERIES = ['volumen', 'orquestacion', 'kubelet', 'docker volume create', 'K8s', 'red overlay'];
// Issue #12: 110 KB with gzip (was 150).
const TARGET_PAYLOAD_KB = 110;
const TARGET_KEYSTROKE_MS = 100;
const TARGET_PAGE_JS_KB = 2;
/** Each query is typed this many times; timings are per keystroke over all rounds. */
const ROUNDS = 3;
/** A student typing at a normal pace (about 8 keys a second); pasted error messages arrive at once. */
const KEY_DELAY_MS = 120;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

type Encoding = 'gzip' | 'br';
interface Sent {
  path: string;
  bytes: number;
}

/**
 * dist/ over HTTP, compressing text like a static host (gzip level 6, or brotli), and counting the
 * bytes of every response body it sends: that includes requests from workers, which page-level
 * network events in Playwright report as 0 bytes. Pagefind's own index files are already compressed.
 */
function serve(encoding: Encoding, sent: Sent[]): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(DIST, path));
    if (!file.startsWith(DIST)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    const type = TYPES[extname(file)];
    const compress = type !== undefined && String(request.headers['accept-encoding']).includes(encoding);
    response.writeHead(200, {
      'content-type': type ?? 'application/octet-stream',
      ...(compress ? { 'content-encoding': encoding } : { 'content-length': statSync(file).size }),
    });
    const record: Sent = { path, bytes: 0 };
    sent.push(record);
    const body = createReadStream(file);
    const stream = compress ? body.pipe(encoding === 'br' ? createBrotliCompress() : createGzip({ level: 6 })) : body;
    stream.on('data', (chunk: Buffer) => (record.bytes += chunk.length));
    stream.pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))] ?? 0;
const median = (values: number[]) => quantile(values, 0.5);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function indexSize(): { files: number; bytes: number; total: number } {
  const all = filesUnder(join(DIST, 'pagefind'));
  const index = all.filter((file) => /\.pf_(index|fragment|meta|filter)$/.test(file));
  const size = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
  return { files: index.length, bytes: size(index), total: size(all) };
}

/** Groups what the first query fetched, by what it is for. */
function kind(path: string): string {
  if (/\/pagefind\/(pagefind|pagefind-worker)\.js$/.test(path)) return 'pagefind.js + worker';
  if (path.endsWith('.pagefind')) return 'WebAssembly';
  if (/\.pf_(index|meta|filter)$/.test(path) || path.endsWith('pagefind-entry.json')) return 'índice';
  if (path.endsWith('.pf_fragment')) return 'fragmentos (resultados)';
  if (path.startsWith('/_astro/')) return 'código propio de búsqueda';
  return path;
}

interface FirstQuery {
  /** Compressed JS of the reading page before search is opened. */
  pageJs: number;
  rows: Map<string, number>;
  total: number;
  /** Result texts (Pagefind fragments) fetched. */
  fragments: number;
}

/**
 * A fresh page (empty cache) opens a reading page, then searches once from the dialog: the query typed
 * letter by letter at a normal pace (every prefix may fetch index chunks and fragments of its own), or
 * pasted at once. Counts what the server sent until that query's results are drawn and the network is idle.
 */
async function firstQuery(encoding: Encoding, query = FIRST_QUERY, how: 'typed' | 'pasted' = 'typed', browser?: Browser): Promise<FirstQuery> {
  const sent: Sent[] = [];
  const server = await serve(encoding, sent);
  const own = browser ? undefined : await chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_ARGS });
  const context = await (browser ?? own)!.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${READING_PAGE}`, { waitUntil: 'networkidle' });
    const before = sent.length;
    const pageJs = sent.filter((s) => s.path.endsWith('.js')).reduce((sum, s) => sum + s.bytes, 0);
    await page.keyboard.press('Control+k');
    if (how === 'typed') await page.keyboard.type(query, { delay: KEY_DELAY_MS });
    else await page.locator('dialog.search-dialog .search-input').fill(query);
    await page.locator(`dialog.search-dialog .search-results[data-term="${query.trim().replace(/["\\]/g, '\\$&')}"]`).waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const rows = new Map<string, number>();
    for (const { path, bytes } of sent.slice(before)) rows.set(kind(path), (rows.get(kind(path)) ?? 0) + bytes);
    const fragments = sent.slice(before).filter((s) => s.path.endsWith('.pf_fragment')).length;
    return { pageJs, rows, total: [...rows.values()].reduce((a, b) => a + b, 0), fragments };
  } finally {
    await context.close();
    await own?.close();
    server.close();
  }
}

/** Issue #23: every query of the relevance set, as a student would type it (or paste it), from an empty cache. */
async function firstQueryOfEachQuery(): Promise<void> {
  const queries = relevanceSet();
  const browser = await chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_ARGS });
  const totals: { query: string; result: FirstQuery }[] = [];
  try {
    for (const { q, kind: what } of queries) totals.push({ query: q, result: await firstQuery('gzip', q, what.includes('pegado') ? 'pasted' : 'typed', browser) });
  } finally {
    await browser.close();
  }
  totals.sort((a, b) => a.result.total - b.result.total);
  const worst = totals.at(-1)!;
  const median = totals[Math.floor(totals.length / 2)]!;
  console.log(`\nPrimera consulta de cada una de las ${totals.length} consultas de tests/search/relevance.yaml (tecleadas a ${KEY_DELAY_MS} ms por tecla, los errores pegados; gzip, caché vacía):`);
  console.log(`  máximo ${kb(worst.result.total)} («${worst.query}», ${worst.result.fragments} fragmentos), mediana ${kb(median.result.total)}; objetivo ≤ ${TARGET_PAYLOAD_KB} KB: ${worst.result.total / 1024 <= TARGET_PAYLOAD_KB ? 'dentro' : 'FUERA'}`);
  console.table(Object.fromEntries([...worst.result.rows].map(([what, bytes]) => [what, { gzip: kb(bytes) }])));
  const over = totals.filter(({ result }) => result.total / 1024 > TARGET_PAYLOAD_KB);
  if (over.length) console.log(`  por encima del objetivo (${over.length}): ${over.map(({ query, result }) => `«${query.slice(0, 30)}» ${kb(result.total)}`).join(', ')}`);
}

/** Per keystroke: from the input event to the results drawn for that prefix (results.ts sets data-term). */
async function keystrokes(page: Page, query: string): Promise<{ ui: number[]; engine: number[] }> {
  return page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('dialog.search-dialog .search-input')!;
    const list = document.querySelector<HTMLElement>('dialog.search-dialog .search-results')!;
    // The engine alone, as a second instance of the same pagefind.js, to tell its share from the UI's.
    type Engine = { init(): Promise<void>; search(term: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
    const pagefind = (await import('/pagefind/pagefind.js' as string)) as { createInstance(o: object): Engine };
    const engine = pagefind.createInstance({ basePath: '/pagefind/', noWorker: true });
    await engine.init();
    const frame = () => new Promise(requestAnimationFrame);
    const ui: number[] = [];
    const raw: number[] = [];
    for (let i = 1; i <= query.length; i++) {
      const prefix = query.slice(0, i);
      if (!prefix.trim() || prefix.endsWith(' ')) continue;
      delete list.dataset.term;
      const start = performance.now();
      input.value = prefix;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (list.dataset.term !== prefix) await frame();
      ui.push(performance.now() - start);
      const t0 = performance.now();
      const found = await engine.search(prefix);
      await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
      raw.push(performance.now() - t0);
    }
    return { ui, engine: raw };
  }, query);
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
    throw new Error('No hay índice en dist/pagefind/: ejecuta antes «npm run build».');
  }
  const index = indexSize();
  // Inline scripts travel inside the HTML: gzip them together to count their share.
  const html = readFileSync(join(DIST, READING_PAGE, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const inlineJs = gzipSync(inline, { level: 6 }).length;
  const gzip = await firstQuery('gzip');
  const brotli = await firstQuery('br');

  console.log('\nBúsqueda: coste para el lector (build de producción, Chromium)\n');
  console.log(`Índice (dist/pagefind/*.pf_*): ${kb(index.bytes)} en ${index.files} archivos; dist/pagefind/ entero: ${kb(index.total)}`);
  const pageJs = gzip.pageJs + inlineJs;
  console.log(
    `JS de ${READING_PAGE} antes de abrir la búsqueda (gzip): ${kb(gzip.pageJs)} en archivos + ${kb(inlineJs)} en línea = ${kb(pageJs)}` +
      ` (objetivo ≤ ${TARGET_PAGE_JS_KB} KB: ${pageJs / 1024 <= TARGET_PAGE_JS_KB ? 'dentro' : 'FUERA'})`,
  );
  console.log(`\nPrimera consulta («${FIRST_QUERY}» desde ${READING_PAGE}, caché vacía): bytes comprimidos enviados por el servidor`);
  const kinds = [...new Set([...gzip.rows.keys(), ...brotli.rows.keys()])];
  console.table(Object.fromEntries(kinds.map((k) => [k, { gzip: kb(gzip.rows.get(k) ?? 0), brotli: kb(brotli.rows.get(k) ?? 0) }])));
  const verdict = (bytes: number) => (bytes / 1024 <= TARGET_PAYLOAD_KB ? 'dentro' : 'FUERA');
  console.log(`Total: ${kb(gzip.total)} con gzip (${verdict(gzip.total)}), ${kb(brotli.total)} con brotli (${verdict(brotli.total)}); objetivo ≤ ${TARGET_PAYLOAD_KB} KB`);
  await firstQueryOfEachQuery();

  const sent: Sent[] = [];
  const server = await serve('gzip', sent);
  const browser = await chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${READING_PAGE}`);
    await page.keyboard.press('Control+k');
    await page.keyboard.type(FIRST_QUERY);
    await page.locator('dialog.search-dialog .search-result-link').first().waitFor();

    console.log(`\nDe la tecla a los resultados, índice ya cargado (la espera del campo, ${DEBOUNCE_MS} ms, va incluida en «UI»):`);
    const rows: Record<string, Record<string, string>> = {};
    const all: number[] = [];
    for (const query of QUERIES) {
      const ui: number[] = [];
      const engine: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const times = await keystrokes(page, query);
        ui.push(...times.ui);
        engine.push(...times.engine);
      }
      all.push(...ui);
      rows[query] = {
        teclas: `${ui.length / ROUNDS} × ${ROUNDS}`,
        'UI mediana': ms(median(ui)),
        'UI p90': ms(quantile(ui, 0.9)),
        'UI máx.': ms(Math.max(...ui)),
        'motor mediana': ms(median(engine)),
        'motor máx.': ms(Math.max(...engine)),
      };
    }
    console.table(rows);
    const p90 = quantile(all, 0.9);
    console.log(
      `Todas las teclas: mediana ${ms(median(all))}, p90 ${ms(p90)}, máx. ${ms(Math.max(...all))}` +
        ` (objetivo ≤ ${TARGET_KEYSTROKE_MS} ms por tecla; p90: ${p90 <= TARGET_KEYSTROKE_MS ? 'dentro' : 'FUERA'})`,
    );
    const [load] = loadavg();
    console.log(`Carga de la máquina al medir: ${load?.toFixed(1)} con ${availableParallelism()} núcleos (una carga alta alarga los tiempos).`);
    console.log('«UI»: de escribir a ver el primer resultado pintado. «Motor»: pagefind.search() + datos de los 5 primeros.\n');
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
