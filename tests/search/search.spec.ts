// Search, end to end: the production build's real Pagefind index, in Chromium.
import { expect, test, type Page, type Request } from '@playwright/test';
import { enhanced } from '../helpers/visit.ts';
import { t } from '../../src/i18n/ui.ts';

/**
 * Queries of each kind the README promises. Which part comes first is tests/search/relevance.yaml's
 * job; here, what every first result must carry: the highlight parameter before its anchor, and a
 * marked word in its excerpt.
 */
const QUERIES = ['volumen', 'orquestacion', 'OCI', 'K8s', 'kubelet', 'docker volume create', 'quorum'];

/** Results inside the search dialog, or on /buscar/. */
const results = (page: Page, scope: string) => page.locator(`${scope} .search-result`);
const modalInput = (page: Page) => page.locator('dialog.search-dialog input');
const idSelector = (id: string) => `[id="${id}"]`;

for (const query of QUERIES) {
  test(`«${query}»: el primer resultado lleva ?resaltar= antes de su ancla y marca la palabra en el extracto`, async ({ page }) => {
    await page.goto(`/buscar/?q=${encodeURIComponent(query)}`);
    const top = results(page, '.search-page-ui').first();
    await expect(top.locator('.search-result-link')).toHaveAttribute('href', /^\/[a-z0-9-]+\/\?resaltar=[^#]+(#[a-z0-9-]+)?$/);
    await expect(top.locator('.search-result-excerpt mark').first()).toBeVisible();
  });
}

test('el glosario: un término se encuentra por su nombre y lleva a su ancla', async ({ page }) => {
  await page.goto('/buscar/?q=raft');
  await expect(page.locator('.search-page-ui .search-result-link[href$="#raft"]')).toHaveText('Raft');
});

test('teclado: Ctrl+K → escribir → flechas → Enter lleva al ancla con las palabras resaltadas', async ({ page }) => {
  await page.goto('/organizaciones-y-estandares/');
  await enhanced(page);
  await page.keyboard.press('Control+k');
  // Typed at once, while the search bundle may still be loading: no key may be lost.
  await page.keyboard.type('volumen');
  await expect(modalInput(page)).toBeFocused();
  await expect(modalInput(page)).toHaveValue('volumen');
  const target = page.locator('dialog.search-dialog .search-result-link[href$="#1-13-3-volumenes"]');
  await expect(target).toBeVisible();

  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 12 && !(await target.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');

  await page.waitForURL(/\/objetos-de-docker\/\?resaltar=volumen#1-13-3-volumenes$/);
  const heading = page.locator(idSelector('1-13-3-volumenes'));
  await expect(heading.locator('mark.search-highlight')).toHaveCount(1);
  await expect(page.locator('mark.search-highlight').first()).toBeVisible();
  const headingTop = await heading.evaluate((h) => h.getBoundingClientRect().top);
  expect(headingTop).toBeGreaterThanOrEqual(0);
  expect(headingTop).toBeLessThan(200);

  // Esc removes the highlight; the permalink (#anchor) stays.
  await page.keyboard.press('Escape');
  await expect(page.locator('mark.search-highlight')).toHaveCount(0);
  await expect(page.getByRole('button', { name: t('search.highlight.remove') })).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('#1-13-3-volumenes');
  await expect(heading).toHaveText('1.13.3 Volúmenes');
});

test('el resaltado se quita con su botón y el enlace permanente sigue funcionando', async ({ page }) => {
  await page.goto('/orquestacion-de-contenedores/?resaltar=kubelet#figura-1-10');
  await enhanced(page);
  await expect(page.locator(`${idSelector('figura-1-10')} mark.search-highlight`).filter({ visible: true }).first()).toBeVisible();
  await page.getByRole('button', { name: t('search.highlight.remove') }).click();
  await expect(page.locator('mark.search-highlight')).toHaveCount(0);
  expect(page.url()).toMatch(/\/orquestacion-de-contenedores\/#figura-1-10$/);
  await expect(page.locator('#aviso')).toHaveText(t('search.highlight.removed'));
});

test('un resultado en la misma página cierra el diálogo y lleva al ancla', async ({ page }) => {
  await page.goto('/objetos-de-docker/?resaltar=volumen');
  await enhanced(page);
  await expect(page.locator('mark.search-highlight').first()).toBeVisible();
  await page.keyboard.press('Control+k');
  await modalInput(page).fill('volumen');
  // Same path and query as this page: only the #anchor changes, so the browser does not reload.
  await page.locator('dialog.search-dialog .search-result-link[href$="#comandos-de-volumenes"]').click();
  await expect(page.locator('dialog.search-dialog')).not.toBeVisible();
  await expect(page).toHaveURL(/#comandos-de-volumenes$/);
  const top = await page.locator(idSelector('comandos-de-volumenes')).evaluate((h) => h.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(200);
});

test('el diálogo: se abre con el botón y con «/», atrapa el foco y Esc devuelve el foco al botón', async ({ page }) => {
  await page.goto('/objetos-de-docker/');
  await enhanced(page);
  const button = page.locator('.search-open');
  await button.click();
  await expect(modalInput(page)).toBeFocused();
  await modalInput(page).fill('redes');
  // Results render their links once their fragments load: wait for them, so the walk goes through them.
  const links = page.locator('dialog.search-dialog .search-result a[href]');
  await expect.poll(() => links.count()).toBeGreaterThan(3);
  const total = await page.locator('dialog.search-dialog :is(a[href], button, input)').count();
  const stops: { inside: boolean; pageHasFocus: boolean; what: string }[] = [];
  // One full round and then some: past the last control, a native modal <dialog> lets Tab leave the page
  // for the browser's own controls (the page then has no focus at all), then comes back to the dialog.
  for (let i = 0; i < total + 3; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => ({
      inside: !!document.activeElement?.closest('dialog.search-dialog'),
      pageHasFocus: document.hasFocus(),
      what: document.activeElement?.outerHTML.slice(0, 120) ?? 'nada',
    }));
    // <body> (or anything else) with the page focused is not the dialog: focus escaped behind it, or was lost.
    expect(stop.inside || !stop.pageHasFocus, `Tab ${i + 1} sacó el foco del diálogo: está en ${stop.what}`).toBe(true);
    stops.push(stop);
  }
  expect(stops.filter((stop) => /search-(result|heading)-link/.test(stop.what)).length, 'Tab recorre los resultados').toBeGreaterThan(3);
  expect(stops.filter((stop) => stop.inside).length, 'el foco vuelve al diálogo tras salir a los controles del navegador').toBeGreaterThan(total);
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog.search-dialog')).not.toBeVisible();
  await expect(button).toBeFocused();

  await page.locator('main p').first().click();
  await page.keyboard.press('/');
  await expect(modalInput(page)).toBeFocused();
  // «/» typed inside the box is text, not a shortcut.
  await page.keyboard.type('a/b');
  await expect(modalInput(page)).toHaveValue(/a\/b$/);
});

test('las etiquetas del diálogo están en español', async ({ page }) => {
  await page.goto('/glosario/');
  await enhanced(page);
  await page.keyboard.press('Control+k');
  await expect(modalInput(page)).toHaveAttribute('placeholder', t('search.placeholder'));
  await expect(page.getByRole('dialog', { name: t('search.open') })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: t('search.inputLabel') })).toBeFocused();
  await modalInput(page).fill('zzzzqqq');
  await expect(page.locator('dialog.search-dialog .search-summary')).toHaveText(t('search.zeroResults', { term: 'zzzzqqq' }));
  await modalInput(page).fill('raft');
  await expect(page.locator('dialog.search-dialog .search-summary')).toHaveText(/^\d+ resultados? para «raft»$/);
  await expect(page.getByRole('list', { name: t('search.resultsLabel') })).toBeVisible();
});

test('una página de lectura no descarga nada de Pagefind hasta que el lector va a buscar; pasar sobre el botón lo precarga', async ({ page }) => {
  const requested: string[] = [];
  const pending = new Set<Request>();
  page.on('request', (request) => {
    requested.push(new URL(request.url()).pathname);
    pending.add(request);
  });
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  await page.goto('/objetos-de-docker/');
  await enhanced(page);
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 3000);
  // Whatever scrolling started is issued by the next frames: wait for those frames, then until
  // every request is answered (a condition, not a fixed sleep).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect.poll(() => pending.size).toBe(0);
  expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  expect(await page.evaluate(() => 'siteSearch' in window)).toBe(false);

  // Hover: Pagefind arrives before the click.
  await page.locator('.search-open').hover();
  await expect.poll(() => requested.includes('/pagefind/pagefind.js')).toBe(true);
  // The whole engine, not only its script: the WebAssembly too.
  await expect.poll(() => requested.includes('/pagefind/wasm.es.pagefind')).toBe(true);
  await page.keyboard.press('Control+k');
  await expect(modalInput(page)).toBeFocused();
  await modalInput(page).fill('swarm');
  await expect(page.locator('dialog.search-dialog .search-result').first()).toBeVisible();
});

test('el foco con el teclado en el botón también precarga Pagefind', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/glosario/');
  await enhanced(page);
  await page.locator('.search-open').focus();
  await expect.poll(() => requested.includes('/pagefind/pagefind.js')).toBe(true);
});

test('/buscar/?q=… muestra resultados al cargar y mantiene la dirección al escribir', async ({ page }) => {
  await page.goto('/buscar/?q=kubelet');
  const input = page.locator('.search-page-ui input');
  await expect(input).toHaveValue('kubelet');
  await expect(page.getByText(t('search.noscript'))).toBeHidden();
  await expect(results(page, '.search-page-ui').first().locator('.search-result-link')).toHaveAttribute('href', /resaltar=kubelet/);

  await input.fill('');
  await input.pressSequentially('tmpfs');
  await expect(page).toHaveURL(/\/buscar\/\?q=tmpfs$/);
  await expect(results(page, '.search-page-ui').first().locator('.search-result-link')).toHaveAttribute('href', /resaltar=tmpfs/);

  await input.fill('');
  await expect(page).toHaveURL(/\/buscar\/$/);
});

test.describe('sin JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('el botón lleva a /buscar/, que explica que la búsqueda necesita JavaScript', async ({ page }) => {
    await page.goto('/objetos-de-docker/');
    await page.locator('.search-open').click();
    await expect(page).toHaveURL(/\/buscar\/$/);
    await expect(page.getByText(t('search.noscript'))).toBeVisible();
  });
});
