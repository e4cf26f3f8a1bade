// Renamed pages and old anchors in a real browser, on the fixture site's build
// (tests/setup/fixture-site.ts), served by this file's own static hosts on free loopback ports:
// a plain one (files only, like GitHub Pages or nginx) and one that applies _redirects first (like
// Cloudflare Pages). The real content declares no pageAliases yet; the fixture does, so these
// paths run in every `npm test`.
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_DIST, readFixtureSite } from '../setup/fixture-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let plain: StaticServer;
let redirects: StaticServer;

test.beforeAll(async () => {
  expect(readFixtureSite().status, 'el sitio de fixtures no se construyó').toBe(0);
  plain = await serveStatic(FIXTURE_DIST);
  redirects = await serveStatic(FIXTURE_DIST, { redirects: true });
});
test.afterAll(async () => {
  await plain?.close();
  await redirects?.close();
});

// Short enough that every target below needs the page to scroll.
test.use({ viewport: { width: 390, height: 420 } });

/** Where the browser ended up, and where the element the #hash names sits under the sticky header. */
const landed = (page: Page) =>
  page.evaluate(() => {
    const element = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const box = element?.getBoundingClientRect();
    return { path: location.pathname, hash: location.hash, top: box?.top ?? null, headerBottom: header.bottom, viewport: innerHeight, scrolled: scrollY };
  });

/** Opens `address` and waits until the browser is on `path` + `hash` (redirects may fire before «load»). */
async function follow(page: Page, base: string, address: string, path: string, hash: string) {
  await page.goto(`${base}${address}`, { waitUntil: 'commit' });
  await page.waitForURL((url) => url.pathname === path && url.hash === hash);
  await page.waitForLoadState('load');
  return landed(page);
}

const OLD_ADDRESSES = ['/almacenamiento/', '/almacenamiento', '/datos/'];

for (const old of OLD_ADDRESSES) {
  test(`plain host: ${old}#1-13-2-redes (pageAliases) lands on /volumenes/#1-13-2-redes, under the header`, async ({ page }) => {
    const where = await follow(page, plain.url, `${old}#1-13-2-redes`, '/volumenes/', '#1-13-2-redes');
    await expect(page.locator('[id="1-13-2-redes"]')).toHaveText('1.13.2 Redes');
    expect(where.scrolled, 'la página baja hasta el apartado').toBeGreaterThan(0);
    expect(where.top!).toBeGreaterThanOrEqual(where.headerBottom - 1);
    expect(where.top!).toBeLessThan(where.viewport / 2);
  });
}

test('plain host, no JavaScript: an old page address still reaches the new page, at its top', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 420 } });
  const page = await context.newPage();
  try {
    await page.goto(`${plain.url}/almacenamiento/#1-13-2-redes`, { waitUntil: 'commit' });
    await page.waitForURL((url) => url.pathname === '/volumenes/');
    await expect(page.locator('h1')).toContainText('Volúmenes de prueba');
  } finally {
    await context.close();
  }
});

test.describe('host that applies _redirects (a real 301), without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const old of ['/almacenamiento/', '/datos']) {
    test(`${old}#1-13-2-redes keeps its #anchor across the 301`, async ({ page }) => {
      const where = await follow(page, redirects.url, `${old}#1-13-2-redes`, '/volumenes/', '#1-13-2-redes');
      expect(where.top!).toBeGreaterThanOrEqual(where.headerBottom - 1);
      expect(where.top!).toBeLessThan(where.viewport / 2);
    });
  }

  const SHORT = [
    ['/1.13.1', '/volumenes/', '#1-13-1-almacenamiento-con-volumenes'],
    ['/1.13.2/', '/volumenes/', '#1-13-2-redes'],
    ['/figura/1.7', '/volumenes/', '#figura-1-7'],
    ['/figura/1.8/', '/redes/', '#figura-1-8'],
  ] as const;
  for (const [short, path, hash] of SHORT) {
    test(`the 301 of ${short} leads to ${path}${hash}`, async ({ page }) => {
      const response = await page.request.get(`${redirects.url}${short}`, { maxRedirects: 0 });
      expect(response.status()).toBe(301);
      expect(response.headers().location).toBe(`${path}${hash}`);
      const where = await follow(page, redirects.url, short, path, hash);
      expect(where.top, `${hash} existe en ${path}`).not.toBeNull();
    });
  }
});

/** An old id, and where its target is from the empty marker that keeps it (xpath). */
const OLD_IDS = [
  ['/volumenes/#1-13-1-volumenes', 'following::h2[1]', '1.13.1 Almacenamiento con volúmenes'],
  ['/volumenes/#esquema-de-volumen', 'ancestor::figure[1]', 'Figura 1.7. Un volumen montado en un contenedor'],
  ['/glosario/#consenso-raft', 'following::h2[1]', 'Raft'],
  ['/glosario/#volumen-docker', 'following::h2[1]', 'Volumen'],
] as const;

for (const [address, path, text] of OLD_IDS) {
  test(`an old id (aliases) still lands on its target: ${address} → «${text}»`, async ({ page }) => {
    await page.goto(`${plain.url}${address}`);
    // The old id is an empty marker at its target: the target is what the reader must see.
    const target = page.locator(`[id="${address.split('#')[1]}"]`);
    await expect(target).toHaveCount(1);
    const shown = target.locator(`xpath=${path}`);
    await expect(shown).toContainText(text);
    await expect(shown).toBeInViewport();
    const top = await shown.evaluate((el) => el.getBoundingClientRect().top);
    const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(headerBottom - 1);
  });
}
