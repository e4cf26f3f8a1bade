// Search on a bad network: whatever fails (our bundle, pagefind.js, the fragments) or never answers,
// the reader gets one Spanish message, and searching again works once the network is back.
import { expect, test, type Page, type Route } from '@playwright/test';
import { enhanced } from '../helpers/visit.ts';
import { t } from '../../src/i18n/ui.ts';

const modalInput = (page: Page) => page.locator('dialog.search-dialog input');
const notice = (page: Page) => page.locator('dialog.search-notice');

/** Exactly one message on screen, in Spanish, and nothing of Pagefind's own (English) errors. */
async function expectOneMessage(page: Page, timeout = 5000) {
  await expect(notice(page)).toBeVisible();
  await expect(notice(page)).toContainText(t('search.unavailable'), { timeout });
  await expect(page.getByText(t('search.unavailable'))).toHaveCount(1);
  await expect(page.locator('dialog[open]')).toHaveCount(1);
  await expect(page.getByText(/Pagefind|Could not load|Error:/)).toHaveCount(0);
}

/** Closes the message, reopens search and finds something: the retry works. */
async function retry(page: Page) {
  await notice(page).getByRole('button', { name: t('search.close') }).click();
  await expect(notice(page)).toBeHidden();
  await page.locator('.search-open').click();
  await expect(modalInput(page)).toBeFocused();
  await modalInput(page).fill('volumen');
  await expect(page.locator('dialog.search-dialog .search-result-link').first()).toHaveAttribute('href', /resaltar=volumen/);
  await expect(notice(page)).toBeHidden();
}

const blocked: [string, RegExp][] = [
  ['el código de búsqueda del sitio', /\/_astro\/index-[^/]*\.js$/],
  ['pagefind.js', /\/pagefind\/pagefind\.js$/],
  ['el WebAssembly de Pagefind', /\/pagefind\/wasm\.es\.pagefind$/],
];

for (const [what, pattern] of blocked) {
  test(`sin ${what}: un mensaje al abrir, y al volver la red la búsqueda funciona`, async ({ page }) => {
    await page.route(pattern, (route) => route.abort('internetdisconnected'));
    await page.goto('/objetos-de-docker/');
  await enhanced(page);
    await page.locator('.search-open').click();
    await expectOneMessage(page);
    await page.unroute(pattern);
    await retry(page);
  });
}

test('sin fragmentos: la búsqueda termina en un mensaje, no en resultados que cargan para siempre', async ({ page }) => {
  const fragments = /\/pagefind\/fragment\//;
  await page.route(fragments, (route) => route.abort('internetdisconnected'));
  await page.goto('/objetos-de-docker/');
  await enhanced(page);
  await page.locator('.search-open').click();
  await modalInput(page).fill('volumen');
  await expectOneMessage(page);
  await expect(page.locator('dialog.search-dialog')).toBeHidden();
  await page.unroute(fragments);
  await retry(page);
});

test('en una red lenta, «Cargando la búsqueda…» aparece al instante y, si nada llega, un mensaje', async ({ page }) => {
  const pagefind = /\/pagefind\//;
  const slow = (route: Route) => setTimeout(() => route.continue().catch(() => undefined), 12_000);
  await page.route(pagefind, slow);
  await page.goto('/objetos-de-docker/');
  await enhanced(page);
  await page.locator('.search-open').click();
  // At once: before anything of Pagefind could have arrived.
  await expect(notice(page)).toContainText(t('search.loading'), { timeout: 300 });
  // Pagefind's UI would wait for ever; ours gives up after TIMEOUT_MS (8 s).
  await expectOneMessage(page, 12_000);
  await page.unroute(pagefind);
  await retry(page);
});

test('/buscar/ sin pagefind.js: un mensaje con «Reintentar», que funciona al volver la red', async ({ page }) => {
  const pagefind = /\/pagefind\/pagefind\.js$/;
  await page.route(pagefind, (route) => route.abort('internetdisconnected'));
  await page.goto('/buscar/?q=kubelet');
  const status = page.locator('.search-page-status');
  await expect(status).toContainText(t('search.unavailable'));
  await expect(page.getByText(t('search.unavailable'))).toHaveCount(1);
  await page.unroute(pagefind);
  await status.getByRole('button', { name: t('search.retry') }).click();
  await expect(page.locator('.search-page-ui .search-result-link').first()).toHaveAttribute('href', /resaltar=kubelet/);
  await expect(status).toBeEmpty();
});
