// `npm run bench:diagrams`: what build-time diagrams cost. Prints a table:
//  - cold render: one Chromium start + every diagram of content/ in one batch (the worst build);
//  - warm build: the whole site with every diagram cached and NO browser (NO_CHROMIUM=1),
//    against the same build with the diagrams taken out (goal: ≤ 1.3×), wall clock and CPU;
//  - bytes of inline SVG per figure, raw and gzip.
import type { Root } from 'mdast';
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { cacheKey, DEFAULT_CACHE_DIR, writeCached } from '../../src/diagrams/cache.ts';
import { closeRenderer, renderDiagrams } from '../../src/diagrams/renderer.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PROJECT = ['src', 'content', 'public', 'astro.config.ts', 'package.json', 'tsconfig.json'];

const sources: string[] = [];
const parser = unified().use(remarkParse).use(remarkMdx);
for (const path of globSync('content/**/*.mdx', { cwd: ROOT })) {
  visit(parser.parse(readFileSync(join(ROOT, path), 'utf8')) as Root, 'code', (node) => {
    if (node.lang === 'mermaid') sources.push(node.value);
  });
}
if (sources.length === 0) throw new Error('content/ no tiene diagramas que medir');

// Cold: nothing running, one browser start, one batch. The results fill the cache as a build would.
await closeRenderer();
const coldStart = performance.now();
const results = await renderDiagrams(sources);
const cold = performance.now() - coldStart;
await closeRenderer();
results.forEach((result, i) => {
  if (!('svg' in result)) throw new Error(`Diagrama ${i + 1}: ${result.error}`);
  writeCached(DEFAULT_CACHE_DIR, cacheKey(sources[i] ?? ''), result.svg);
});

/** A copy of the project (node_modules linked) so the original tree is never touched. */
function copyProject(withoutDiagrams: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-diagrams-'));
  for (const entry of PROJECT) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  if (withoutDiagrams) {
    for (const path of globSync('content/**/*.mdx', { cwd: dir })) {
      const file = join(dir, path);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/```mermaid\n[\s\S]*?\n```\n/g, ''));
    }
  }
  return dir;
}

interface Timing {
  wall: number;
  /** user + system CPU of the build and its children: far less disturbed by a busy machine. */
  cpu: number;
}

/** One build with no browser; wall and CPU time in ms. */
function build(dir: string): Timing {
  const start = performance.now();
  const run = spawnSync(`bash -c "TIMEFORMAT='%3U %3S'; time astro build > build.log 2>&1"`, {
    cwd: dir,
    shell: true,
    encoding: 'utf8',
    env: { ...process.env, NO_CHROMIUM: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const wall = performance.now() - start;
  if (run.status !== 0) throw new Error(`astro build falló en ${dir}:\n${readFileSync(join(dir, 'build.log'), 'utf8')}`);
  const [user = 0, system = 0] = run.stderr.trim().split(/\s+/).slice(-2).map(Number);
  return { wall, cpu: (user + system) * 1000 };
}

const withDiagrams = copyProject(false);
const withoutDiagrams = copyProject(true);
try {
  // Interleaved, best of RUNS each: the machine is shared, the minimum is the least noisy figure.
  const best = { warm: { wall: Infinity, cpu: Infinity }, bare: { wall: Infinity, cpu: Infinity } };
  for (let run = 0; run < RUNS; run++) {
    for (const [name, dir] of [['warm', withDiagrams], ['bare', withoutDiagrams]] as const) {
      const timing = build(dir);
      best[name] = { wall: Math.min(best[name].wall, timing.wall), cpu: Math.min(best[name].cpu, timing.cpu) };
    }
  }
  const { warm, bare } = best;

  const sizes: { figure: string; raw: number; gzip: number }[] = [];
  for (const path of globSync('dist/**/*.html', { cwd: withDiagrams })) {
    const html = readFileSync(join(withDiagrams, path), 'utf8');
    for (const [svg, id] of html.matchAll(/<svg id="figura-([\d-]+)-svg"[\s\S]*?<\/svg>/g)) {
      sizes.push({ figure: (id ?? '').replaceAll('-', '.'), raw: Buffer.byteLength(svg), gzip: gzipSync(svg).length });
    }
  }
  sizes.sort((a, b) => a.figure.localeCompare(b.figure, 'en', { numeric: true }));

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.table({
    'diagramas dibujados': { valor: String(sources.length), objetivo: '' },
    'en frío (1 arranque de Chromium + todos)': { valor: s(cold), objetivo: `≤ ${sources.length} s` },
    'en frío, por diagrama': { valor: s(cold / sources.length), objetivo: '≤ 1.00 s' },
    'build con caché y sin navegador (reloj)': { valor: s(warm.wall), objetivo: '' },
    'el mismo build sin diagramas (reloj)': { valor: s(bare.wall), objetivo: '' },
    'cociente (reloj)': { valor: `${(warm.wall / bare.wall).toFixed(2)}×`, objetivo: '≤ 1.30×' },
    'build con caché y sin navegador (CPU)': { valor: s(warm.cpu), objetivo: '' },
    'el mismo build sin diagramas (CPU)': { valor: s(bare.cpu), objetivo: '' },
    'cociente (CPU)': { valor: `${(warm.cpu / bare.cpu).toFixed(2)}×`, objetivo: '≤ 1.30×' },
  });
  console.table(Object.fromEntries(sizes.map((size) => [`Figura ${size.figure}`, { SVG: kb(size.raw), gzip: kb(size.gzip) }])));
} finally {
  rmSync(withDiagrams, { recursive: true, force: true });
  rmSync(withoutDiagrams, { recursive: true, force: true });
}
