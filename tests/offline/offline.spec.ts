// Reading offline with the real service worker of the production build: one visit, then no network.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { LinkIndex } from '../../src/links/link-index.ts';
import { t } from '../../src/i18n/ui.ts';

const PAGES = ['/', '/objetos-de-docker/', '/orquestacion-de-contenedores/', '/organizaciones-y-estandares/', '/glosario/', '/enlaces/', '/buscar/'];
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
      found[query] = await Promise.all(results.slice(0, 3).map(async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url));
    }
    return found;
  }, QUERIES);
}

test('tras una visita, cada página, dirección corta y ancla de figura se abre sin red', async ({ page, baseURL }) => {
  expect(short.length).toBeGreaterThanOrEqual(10);
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
