// `npm run bench:offline`: what the service worker precaches (raw and compressed; goal ≤ 1 MB
// compressed) and how long a first visit takes to finish precaching on a "Fast 3G" network
// (DevTools' profile: 562.5 ms latency, 1.44 Mbit/s down; goal ≤ 10 s). Run after `npm run build`.
// The profile is applied by the server: CDP's network emulation on the page does not reach the
// service worker's own downloads (measured: at 50 KB/s on the page, the precache still took the
// unthrottled time), and the worker's downloads are what this measures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
import { CHROMIUM_ARGS, loadPlaywright, requireChromium } from '../../src/browser/chromium.ts';
import { readBuiltLinkIndex } from '../../src/links/dist-pages.ts';
import { notPrecached, PRECACHE } from '../../src/offline/integration.ts';
import { PACKED } from '../../src/offline/pack-format.ts';
import { startServer } from '../offline/server.ts';

const FAST_3G = { latencyMs: 562.5, bytesPerSecond: (1.6 * 1024 * 1024 * 0.9) / 8 };
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

const globIgnores = notPrecached(readBuiltLinkIndex('dist'));
const { manifestEntries, count, size } = await getManifest({ globDirectory: 'dist', globPatterns: PRECACHE, globIgnores });
const urls = (manifestEntries ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.url));
const files = urls.map((url) => readFileSync(join('dist', url)));
const gzip = files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
const brotli = files.reduce((sum, file) => sum + brotliCompressSync(file).length, 0);
// Everything but the pages comes in one pack (src/offline/pack.ts).
const downloads = urls.filter((url) => !PACKED.test(url)).length + 1;
console.log('| precaché | archivos | KB sin comprimir | KB gzip -9 | KB brotli | descargas del worker |');
console.log('| --- | --- | --- | --- | --- | --- |');
console.log(`| total | ${count} | ${kb(size)} | ${kb(gzip)} | ${kb(brotli)} | ${downloads} |\n`);

const pages = urls.filter((url) => url.endsWith('.html'));
const pack = ['sin-conexion.'];

const browser = await loadPlaywright().chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_ARGS });
const timings: string[] = [];
for (const [name, throttle] of [['sin limitar', undefined], ['Fast 3G', FAST_3G]] as const) {
  const server = await startServer('dist', throttle);
  const context = await browser.newContext();
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const total = performance.now() - start;
  // Downloaded is not yet usable offline: the worker takes over only when all of it is in (install.ts).
  const lastOf = (paths: string[]) => Math.max(...server.requests.filter(({ path }) => paths.some((p) => path.startsWith(`/${p}`))).map(({ end }) => end!)) - start;
  timings.push(`| ${name} | ${seconds(total)} | ${seconds(lastOf(pages))} | ${seconds(lastOf(pack))} | ${server.requests.length} |`);
  await context.close();
  await server.close();
}
console.log('| primera visita hasta tener la precaché completa | segundos | páginas descargadas | paquete descargado | peticiones |');
console.log('| --- | --- | --- | --- | --- |');
console.log(timings.join('\n'));
await browser.close();
