// Reading offline with the real service worker of the production build: one visit, then no network.
import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import type { LinkIndex } from '../../src/links/link-index.ts';
import { t } from '../../src/i18n/ui.ts';
import { unpack } from '../../src/offline/pack-format.ts';
import { startServer } from './server.ts';

const precached = [...readFileSync('dist/sw.js', 'utf8').matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!);
// Every precached page by its address.
const PAGES = precached.filter((url) => url.endsWith('index.html')).map((url) => `/${url.slice(0, -'index.html'.length)}`);
const [packFile] = globSync('dist/sin-conexion*.pack');
const packed = unpack(new Uint8Array(readFileSync(packFile!)).buffer);
const QUERIES = ['volumen', 'orquestacion', 'K8s', 'raft', 'docker volume create'];
const index = JSON.parse(readFileSync('dist/enlaces.json', 'utf8')) as LinkIndex;
const short = index.enlaces.filter((entry) => entry.corta);

/** One visit, until the worker has precached everything and is active; then the network goes. */
async function visitThenGoOffline(page: Page) {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.context().setOffline(true);
}

/** The first results of each query, straight from Pagefind's API (a fresh page: nothing in memory). */
async function firstResults(page: Page): Promise<Record<string, string[]>> {
  await page.goto('/buscar/');
  return page.evaluate(async (queries) => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ bundle);
    const found: Record<string, string[]> = {};
    for (const query of queries) {
      const { results } = await pagefind.search(query);
      // Each result's data is its fragment file: url and excerpt, with the words found marked.
      type Data = { url: string; excerpt: string };
      found[query] = await Promise.all(results.slice(0, 3).map(async (result: { data: () => Promise<Data> }) => {
        const { url, excerpt } = await result.data();
        return `${url} ${excerpt.includes('<mark>')}`;
      }));
    }
    return found;
  }, QUERIES);
}

test('tras una visita, cada página, dirección corta y ancla de figura se abre sin red', async ({ page, baseURL }) => {
  expect(short.length).toBeGreaterThanOrEqual(10);
  expect(PAGES.length).toBeGreaterThanOrEqual(10);
  await visitThenGoOffline(page);
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.locator('h1'), path).toBeVisible();
  }
  for (const { corta, ruta, tipo } of short) {
    for (const address of [corta!, `${corta}/`]) {
      await page.goto(address);
      // A section's short URL leads to its page alone (src/links/link-index.ts, redirectTarget), which opens at its h1.
      await expect(page, address).toHaveURL(new URL(tipo === 'seccion' ? ruta.split('#')[0]! : ruta, baseURL).href);
      const id = decodeURIComponent(new URL(ruta, baseURL).hash.slice(1));
      await expect(page.locator(`[id="${id}"]`), address).toBeInViewport();
    }
  }
});

test('sin red, la búsqueda da los mismos primeros resultados que con red', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const online = await firstResults(page);
  expect(Object.values(online).every((urls) => urls.length > 0)).toBe(true);
  expect(Object.values(online).flat().every((result) => result.endsWith(' true')), 'cada resultado con su extracto marcado').toBe(true);
  await page.context().setOffline(true);
  expect(await firstResults(page)).toEqual(online);
  // And through the search page's own interface.
  await page.goto('/buscar/?q=kubelet');
  await expect(page.locator('.search-page-ui .search-result-link').first()).toHaveAttribute('href', /resaltar=kubelet/);
});

test('sin red, una dirección que el worker no guarda muestra la página «Sin conexión», que la nombra', async ({ page }) => {
  await visitThenGoOffline(page);
  await page.goto('/descargas/capitulo.pdf');
  await expect(page.locator('h1')).toHaveText(t('offline.title'));
  await expect(page.locator('.offline-missing code')).toHaveText('/descargas/capitulo.pdf');
  await expect(page.getByRole('link', { name: /Objetos de Docker/ }).first()).toBeVisible();
});

test('con red, una página que no existe sigue siendo la 404, no la de «Sin conexión»', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.goto('/no-existe/');
  await expect(page.locator('h1')).toHaveText(t('notFound.title'));
});

test('el worker se registra en el evento load, cuando la página ya cargó con todos sus recursos', async ({ page }) => {
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      (window as unknown as { registeredAt: number }).registeredAt = performance.now();
      return register.apply(this, args);
    };
  });
  await page.goto('/objetos-de-docker/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const { registeredAt, loadStart } = await page.evaluate(() => ({
    registeredAt: (window as unknown as { registeredAt: number }).registeredAt,
    loadStart: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
  }));
  // Not before the load event: parsing, styles and images never share the start with the worker.
  expect(registeredAt).toBeGreaterThanOrEqual(loadStart);
});

test('sin red, cada archivo del paquete sale del worker idéntico byte a byte al del build, con su tipo', async ({ page }) => {
  expect(packed.size).toBeGreaterThan(100);
  await visitThenGoOffline(page);
  await page.reload();
  const served = await page.evaluate(async (paths) => {
    const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    return Promise.all(paths.map(async (path) => {
      const response = await fetch(`/${path}`);
      return [path, hex(await crypto.subtle.digest('SHA-256', await response.arrayBuffer())), response.headers.get('content-type')];
    }));
  }, [...packed.keys()]);
  for (const [path, digest, type] of served) {
    expect(digest, path!).toBe(createHash('sha256').update(readFileSync(`dist/${path}`)).digest('hex'));
    expect(type, path!).toBe(packed.get(path!)!.type);
  }
});

test('la instalación pide las páginas de varias en varias, la abierta primero, y lo demás en un solo paquete', async ({ browser }) => {
  // A little latency, so that requests overlap if the worker makes them together.
  const server = await startServer('dist', { latencyMs: 150, bytesPerSecond: 50 * 1024 * 1024 });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/glosario/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The worker's fetch() calls, not the page's own favicon or manifest.
  const install = server.requests.filter(({ dest }) => dest === 'empty');
  const paths = install.map(({ path }) => path);
  expect(paths.filter((path) => path.endsWith('.pack')), 'un paquete').toHaveLength(1);
  expect(paths.filter((path) => !path.endsWith('.pack')).sort(), 'y las páginas, cada una una vez').toEqual(precached.filter((url) => url.endsWith('.html')).map((url) => `/${url}`).sort());
  // The page being read and the pack go out together, before the other pages.
  expect(paths.slice(0, 2).sort(), 'la página abierta y el paquete, primero').toEqual(['/glosario/index.html', paths.find((path) => path.endsWith('.pack'))]);
  expect(Math.max(...install.map(({ inFlight }) => inFlight)), 'varias a la vez').toBeGreaterThanOrEqual(3);
  await context.close();
  await server.close();
});
