// The browser's own «Imprimir» (src/styles/print.css on top of global.css): no navigation, link
// targets after external links only (not "/glosario/#…" after every term), no empty band above code
// on a narrow sheet, figures kept whole, the page's address on paper.
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 375, height: 800 } });

test('imprimir una sección: solo el texto, destinos externos, código sin banda, dirección del sitio', async ({ page }) => {
  await page.goto('/organizaciones-y-estandares/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.sidebar', '.toc-column', '.pagination', '.figure-downloads, .pdf-links']) {
    const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
    expect(shown, `${selector} no se imprime`).toBe(0);
  }
  const after = (selector: string) =>
    page.locator(selector).evaluateAll((els) => els.map((el) => getComputedStyle(el, '::after').content));
  const external = await after('.content a[href^="https://www.cncf.io"], .content a[href^="https://opencontainers.org"]');
  expect(external.length).toBeGreaterThan(0);
  for (const content of external) expect(content).toMatch(/https:\/\//);
  const internal = await after('.content a[href^="/glosario/"]');
  expect(internal.length).toBeGreaterThan(0);
  for (const content of internal) expect(['none', 'normal']).toContain(content);
  const address = page.locator('.print-address');
  await expect(address).toBeVisible();
  await expect(address).toContainText(/https?:\/\/[^ ]+\/organizaciones-y-estandares\//);
});

test('imprimir: el código no deja banda vacía arriba y las figuras no se parten', async ({ page }) => {
  await page.goto('/objetos-de-docker/');
  await page.emulateMedia({ media: 'print' });
  const paddings = await page.locator('.code-block .astro-code').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).paddingTop)));
  expect(paddings.length).toBeGreaterThan(0);
  for (const padding of paddings) expect(padding).toBeLessThanOrEqual(16);
  const breaks = await page.locator('figure').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
  expect(breaks.length).toBeGreaterThan(0);
  for (const value of breaks) expect(value).toBe('avoid');
  const wrap = await page.locator('.astro-code').first().evaluate((el) => getComputedStyle(el).whiteSpace);
  expect(wrap).toBe('pre-wrap');
});
