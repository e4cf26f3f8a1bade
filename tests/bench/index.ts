// `npm run bench`: figures to compare two commits (run it on each and diff the output). Not a test:
// nothing here passes or fails; it prints the commit, build times, bytes per page and Lighthouse.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, requireChromium } from '../../src/browser/chromium.ts';
import { isRedirect, readPages, type Page } from '../helpers/dist-pages.ts';
import { byKind, gzip, inlineScripts, pageWeight } from '../helpers/weight.ts';

const PORT = Number(process.env.PREVIEW_PORT ?? 4321);
/** Lighthouse runs per page; the median of each figure is printed (timings vary with the machine's load). */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const sh = (command: string) => spawnSync(command, { shell: true, encoding: 'utf8' });
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const table = (head: string[], rows: (string | number)[][]) =>
  [head, head.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');

// Which code is measured: the same commit gives the same bytes; a dirty tree is said so.
const commit = sh('git rev-parse --short HEAD').stdout.trim();
const dirty = sh('git status --porcelain').stdout.trim() ? ' (con cambios sin commit)' : '';
const chromium = await requireChromium();
console.log(`# Benchmark de ${commit}${dirty}`);
console.log(`${new Date().toISOString()} · Node ${process.version} · ${sh(`${chromium} --version`).stdout.trim()}\n`);

// Build times. Cold: every cache removed (Astro, Vite, and any diagram cache under node_modules/.cache).
const CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'];
const timeBuild = () => {
  const start = performance.now();
  const run = sh('astro build');
  if (run.status !== 0) throw new Error(`astro build falló:\n${run.stdout}\n${run.stderr}`);
  return ((performance.now() - start) / 1000).toFixed(1);
};
for (const cache of CACHES) rmSync(cache, { recursive: true, force: true });
const cold = timeBuild();
const warm = timeBuild();
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
const extra = (name: string) => (scripts[name] ? sh(`npm run --silent ${name}`).stdout.trim() || 'sin salida' : 'n/a');
console.log('## Build\n');
console.log(table(['build', 'segundos'], [['en frío (sin cachés)', cold], ['en caliente', warm]]));
console.log(`\n### bench:diagrams\n\n${extra('bench:diagrams')}\n\n### bench:search\n\n${extra('bench:search')}\n\n### bench:offline\n\n${extra('bench:offline')}\n`);

// Bytes per page, from dist/: the parts, what is delivered, and the physical floor.
const strip = (html: string, tag: string) => html.replace(new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}>`, 'gi'), '');
const svgs = (html: string) => html.match(/<svg\b[\s\S]*?<\/svg>/gi) ?? [];
const styles = (html: string) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
const text = (html: string) =>
  strip(strip(strip(html, 'script'), 'style'), 'svg').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim();
const main = (html: string) => /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? html;

const rows = readPages().map((page) => {
  const { html } = page;
  const weight = pageWeight(page);
  const markup = strip(strip(strip(html, 'script'), 'style'), 'svg');
  const js = [...inlineScripts(html)].join('\n');
  const inlineSvg = svgs(html).join('\n');
  const floor = gzip(text(main(html)) + svgs(main(html)).join('\n'));
  const part = (raw: number, gz: number) => `${kb(raw)} / ${kb(gz)}`;
  return [
    page.path,
    part(Buffer.byteLength(markup), gzip(markup)),
    part(byKind(weight, 'css', 'raw') + Buffer.byteLength(styles(html).join('')), byKind(weight, 'css') + (styles(html).length ? gzip(styles(html).join('\n')) : 0)),
    part(byKind(weight, 'js', 'raw') + Buffer.byteLength(js), weight.jsBeforeSearch),
    part(byKind(weight, 'svg', 'raw') + Buffer.byteLength(inlineSvg), byKind(weight, 'svg') + (inlineSvg ? gzip(inlineSvg) : 0)),
    part(weight.total.raw, weight.total.gzip),
    kb(floor),
    (weight.total.gzip / floor).toFixed(2),
  ];
});
console.log('## Bytes por página (KB sin comprimir / con gzip -9)\n');
console.log('Entregado = HTML + CSS + JS + imágenes que pide la página (lo que mide el presupuesto de 25 KB).');
console.log('Suelo físico = gzip del texto propio de la página (<main>) más sus SVG; objetivo: entregado / suelo ≤ 2.\n');
console.log(table(['página', 'HTML', 'CSS', 'JS', 'SVG', 'entregado', 'suelo', 'razón'], rows));

// Lighthouse, mobile profile (its default), against the production build served locally.
const server = spawn('astro', ['preview', '--port', String(PORT), '--host', '127.0.0.1'], { stdio: 'ignore' });
const chrome = await launch({ chromePath: chromium, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
try {
  await waitFor(`http://127.0.0.1:${PORT}/`);
  const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
  const results: (string | number)[][] = [];
  for (const page of readPages()) {
    if (isRedirect(page.html)) {
      results.push([page.path, 'redirección', '', '', '', '', '', '']);
      continue;
    }
    const runs: number[][] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await audit(page, chrome.port, CATEGORIES));
    const median = runs[0]!.map((_, column) => runs.map((run) => run[column]!).sort((a, b) => a - b)[Math.floor(RUNS / 2)]!);
    results.push([page.path, ...median.map((v, i) => (i === median.length - 1 ? v.toFixed(3) : Math.round(v)))]);
  }
  console.log(`\n## Lighthouse (perfil móvil, throttling simulado; mediana de ${RUNS}; objetivo 100 en las cuatro)\n`);
  console.log(table(['página', 'rendimiento', 'accesibilidad', 'buenas prácticas', 'SEO', 'LCP ms', 'TBT ms', 'CLS'], results));
} finally {
  chrome.kill();
  server.kill();
}

/** One Lighthouse run: the four scores, then LCP (ms), TBT (ms), CLS. */
async function audit(page: Page, port: number, categories: string[]): Promise<number[]> {
  const result = await lighthouse(`http://127.0.0.1:${PORT}${page.path}`, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
  if (!result) throw new Error(`Lighthouse no devolvió nada para ${page.path}`);
  const { categories: scores, audits } = result.lhr;
  const score = (id: string) => Math.round((scores[id]?.score ?? 0) * 100);
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return [...categories.map(score), value('largest-contentful-paint'), value('total-blocking-time'), value('cumulative-layout-shift')];
}

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} no respondió`);
}
