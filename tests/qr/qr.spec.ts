// QR codes (src/qr/): on /enlaces/, every section, subsection and figure with a short URL has a
// «Mostrar QR» link; opened, the code fills the screen, and jsQR reads it back, from a screenshot,
// as the ABSOLUTE short URL. /enlaces/ itself loads no QR image until one is asked for.
import { expect, test } from '@playwright/test';
import { createRequire } from 'node:module';
import type { LinkIndex } from '../../src/links/link-index.ts';

const require = createRequire(import.meta.url);
const JSQR = require.resolve('jsqr/dist/jsQR.js');

test('cada QR de /enlaces/ se lee como la dirección corta absoluta', async ({ page, context }) => {
  const index = (await (await page.request.get('/enlaces.json')).json()) as LinkIndex;
  const expected = index.enlaces.filter((e) => e.tipo !== 'termino' && e.urlCorta);
  expect(expected.length).toBeGreaterThanOrEqual(10);

  const images: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/qr/')) images.push(request.url());
  });
  await page.goto('/enlaces/');
  await page.mouse.wheel(0, 20000);
  await page.waitForTimeout(300);
  expect(images, '/enlaces/ no carga ningún QR hasta que se pide').toEqual([]);

  const links = await page.locator('a.qr-link').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).getAttribute('href')!, short: (a as HTMLElement).dataset.qr! })));
  expect(links.map((l) => l.short).sort()).toEqual(expected.map((e) => e.corta).sort());

  // A blank page to decode in: screenshot → canvas → jsQR.
  const decoder = await context.newPage();
  await decoder.goto('about:blank');
  await decoder.addScriptTag({ path: JSQR });
  const view = await context.newPage();
  await view.setViewportSize({ width: 600, height: 800 });
  for (const link of links) {
    const entry = expected.find((e) => e.corta === link.short)!;
    // What a teacher projects: the QR link opened in the browser, as large as the window.
    await view.goto(link.href);
    const shot = (await view.screenshot()).toString('base64');
    const text = await decoder.evaluate(async (png) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height);
      // @ts-expect-error jsQR is the UMD global added above.
      return (window.jsQR(data.data, img.width, img.height) as { data: string } | null)?.data ?? null;
    }, shot);
    expect(text, `${link.href}`).toBe(entry.urlCorta);
    expect(entry.urlCorta!.startsWith(index.sitio!)).toBe(true);
  }
});
