// A new deployment on the same origin: the reader is offered «Actualizar» and never sees a mix of
// two versions; and a deployment built with OFFLINE=0 removes the old worker and its caches.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { t } from '../../src/i18n/ui.ts';
import { buildFixture, type FixtureBuild } from '../helpers/fixture-build.ts';
import { startServer, type SwappableServer } from './server.ts';

const MARKER = 'Este párrafo solo existe en la versión nueva.';
const SECTION = 'secciones/objetos-de-docker.mdx';

let server: SwappableServer;
let changed: FixtureBuild;
let switchedOff: FixtureBuild;
let content: string;
/** The new deployment with the old one's pack under its name (a cache that kept the old copy), and with its own pack damaged by one byte. */
let stalePack: string;
let damagedPack: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  content = mkdtempSync(join(tmpdir(), 'contenido-nuevo-'));
  cpSync('content', content, { recursive: true });
  const section = readFileSync(join(content, SECTION), 'utf8');
  writeFileSync(join(content, SECTION), section.replace(/\n---\n\n/, `\n---\n\n${MARKER}\n\n`));
  changed = buildFixture(content);
  expect(changed.status, changed.output).toBe(0);
  switchedOff = buildFixture('content', { OFFLINE: '0' });
  expect(switchedOff.status, switchedOff.output).toBe(0);
  const withPack = (prefix: string, bytes: (own: Buffer) => Buffer) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    cpSync(changed.outDir, dir, { recursive: true });
    const [pack] = globSync(join(dir, 'sin-conexion*.pack'));
    const own = readFileSync(pack!);
    for (const file of [`${pack}.br`, `${pack}.gz`]) rmSync(file, { force: true });
    writeFileSync(pack!, bytes(own));
    return dir;
  };
  stalePack = withPack('paquete-viejo-', () => readFileSync(globSync('dist/sin-conexion*.pack')[0]!));
  // The last byte belongs to the last packed file: the table and the sizes still agree.
  damagedPack = withPack('paquete-dañado-', (own) => Buffer.concat([own.subarray(0, -1), Buffer.of(own.at(-1)! ^ 0xff)]));
  server = await startServer('dist');
});

test.afterAll(async () => {
  await server?.close();
  changed?.cleanup();
  switchedOff?.cleanup();
  rmSync(content, { recursive: true, force: true });
  for (const dir of [stalePack, damagedPack]) rmSync(dir, { recursive: true, force: true });
});

/** The first result's excerpt for the marker's words, from Pagefind as the page finds it (the worker's files). */
const markerExcerpt = (page: Page) =>
  page.evaluate(async (words) => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ bundle);
    const { results } = await pagefind.search(words);
    return results.length > 0 ? ((await results[0].data()).excerpt as string).replace(/<\/?mark>/g, '') : '';
  }, MARKER.replace(/\.$/, ''));

async function controlledVisit(page: Page, path: string) {
  await page.goto(`${server.url}${path}`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The first visit registers the worker; the next navigation is the first one it controls.
  await page.reload();
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test('una versión nueva ofrece «Actualizar», sin mezclar versiones, y después muestra el texto nuevo', async ({ page }) => {
  server.serve('dist');
  await controlledVisit(page, '/objetos-de-docker/');
  server.serve(changed.outDir);
  await page.reload();
  const prompt = page.getByRole('status').filter({ hasText: t('offline.update') });
  await expect(prompt).toBeVisible({ timeout: 60_000 });
  // Until the reader chooses, every page is the old deployment's.
  await expect(page.getByText(MARKER)).toHaveCount(0);
  await page.goto(`${server.url}/objetos-de-docker/`);
  await expect(page.getByText(MARKER)).toHaveCount(0);
  await expect(prompt).toBeVisible({ timeout: 60_000 });
  await prompt.getByRole('button', { name: t('offline.apply') }).click();
  await expect(page.getByText(MARKER)).toBeVisible({ timeout: 30_000 });
  // Search is the new deployment's too, index and fragments, with no network: never one build's index with another's fragments.
  await page.context().setOffline(true);
  await page.reload();
  expect(await markerExcerpt(page)).toContain(MARKER.slice(0, -1));
  await page.context().setOffline(false);
});

for (const [kind, dir] of [['de la versión anterior', () => stalePack], ['dañado', () => damagedPack]] as const) {
  test(`un paquete ${kind} se rechaza: el lector sigue entero en la versión anterior`, async ({ page }) => {
    server.serve('dist');
    await controlledVisit(page, '/objetos-de-docker/');
    server.serve(dir());
    const state = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      await registration.update();
      const worker = registration.installing!;
      return new Promise<string>((resolve) => {
        const settled = () => ['installed', 'redundant'].includes(worker.state) && resolve(worker.state);
        worker.addEventListener('statechange', settled);
        settled();
      });
    });
    expect(state, 'el worker nuevo no llega a instalarse').toBe('redundant');
    await page.context().setOffline(true);
    await page.reload();
    await expect(page.getByText(MARKER)).toHaveCount(0);
    expect(await markerExcerpt(page)).not.toContain(MARKER.slice(0, -1));
    await page.context().setOffline(false);
  });
}

test('el aviso de versión nueva es accesible en un teléfono y se puede cerrar', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  const page = await phone.newPage();
  server.serve('dist');
  await controlledVisit(page, '/');
  server.serve(changed.outDir);
  await page.reload();
  const prompt = page.getByRole('status').filter({ hasText: t('offline.update') });
  await expect(prompt).toBeVisible({ timeout: 60_000 });
  // Accessible where it shows, on a phone too: names, contrast, size.
  const axe = await new AxeBuilder({ page }).include('.update-prompt').analyze();
  expect(axe.violations).toEqual([]);
  await prompt.getByRole('button', { name: t('offline.dismiss') }).tap();
  await expect(prompt).toBeHidden();
  await phone.close();
});

test('con OFFLINE=0, un worker anterior se da de baja y borra sus cachés', async ({ page }) => {
  server.serve('dist');
  await controlledVisit(page, '/');
  expect(await page.evaluate(() => caches.keys().then((keys) => keys.length))).toBeGreaterThan(0);
  server.serve(switchedOff.outDir);
  await page.reload();
  // The kill switch reloads the open page itself: a probe caught by that navigation answers -1 and is asked again.
  const count = (probe: () => Promise<number>) => page.evaluate(probe).catch(() => -1);
  await expect.poll(() => count(() => navigator.serviceWorker.getRegistrations().then((all) => all.length)), { timeout: 60_000 }).toBe(0);
  await expect.poll(() => count(() => caches.keys().then((keys) => keys.length)), { timeout: 30_000 }).toBe(0);
  // The page now comes from the network, and registers nothing again.
  await page.reload();
  await expect(page.locator('html')).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
});
