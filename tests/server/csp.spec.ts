// Zero CSP violations under the server's real policy: every page, the theme toggle, a copied link and
// a search. A violation is what readers would see as a black diagram, grey code or a dead button.
import { expect, test, type Page } from '@playwright/test';
import { enhanced } from '../helpers/visit.ts';
import { isRedirect, readPages } from '../helpers/dist-pages.ts';

/** Collects every securitypolicyviolation event of the page into window.__csp. */
async function watch(tab: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  tab.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await tab.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`), true);
  });
  return async () => [...(await tab.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...console];
}

// Every page of the build; through nginx, a short URL's page is its 301 and the page it leads to.
const pages = readPages();

test('ninguna página viola la CSP al cargar', async ({ page: tab }) => {
  expect(pages.length).toBeGreaterThan(15);
  const violations = await watch(tab);
  const found: string[] = [];
  for (const page of pages) {
    await tab.goto(page.path, { waitUntil: 'load' });
    // The bundle that comes after load (src/layouts/after-load.ts) is under the policy too.
    if (!isRedirect(page.html)) await enhanced(tab);
    found.push(...(await violations()).map((v) => `${page.path}: ${v}`));
  }
  expect(found).toEqual([]);
});

test.describe('al usar la página', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('cambiar el tema, copiar un enlace y buscar no violan la CSP', async ({ page: tab }) => {
    const violations = await watch(tab);
    await tab.goto('/objetos-de-docker/');
    await enhanced(tab);
    // The code keeps its colours and the diagram its fill: what a blocked style would take away.
    const token = tab.locator('pre.astro-code span[class*="sk-"]').first();
    await expect(token).toHaveCSS('color', /rgb\(/);
    const toggle = tab.locator('.theme-toggle');
    await expect(toggle).toBeVisible();
    const before = await tab.evaluate(() => document.documentElement.dataset.theme);
    await toggle.click();
    expect(await tab.evaluate(() => document.documentElement.dataset.theme)).not.toBe(before);

    await tab.locator('.heading .copy-link').first().focus();
    await tab.keyboard.press('Enter');
    await expect(tab.locator('#aviso')).toHaveText('Enlace copiado');
    // The canonical address (npm test builds with SITE_URL), plus the heading's anchor.
    const canonical = await tab.locator('link[rel=canonical]').getAttribute('href');
    expect(canonical).toMatch(/\/objetos-de-docker\/$/);
    await expect.poll(() => tab.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${canonical!.replaceAll('.', '\\.')}#`));

    await tab.locator('.search-open').click();
    await tab.locator('dialog[open] input').fill('volumen');
    await expect(tab.locator('dialog[open] .search-result').first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});
