import { expect, test, type Page } from '@playwright/test';
import { enhanced } from '../helpers/visit.ts';
import type { LinkEntry, LinkIndex } from '../../src/links/link-index.ts';

const index = async (page: Page) => (await (await page.request.get('/enlaces.json')).json()) as LinkIndex;

/** The element the hash names, what it is, and where it sits under the sticky header. */
const target = (page: Page) =>
  page.evaluate(() => {
    const element = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const box = element?.getBoundingClientRect();
    return element && box
      ? { tag: element.tagName, text: (element.querySelector('figcaption') ?? element).textContent!.trim(), top: box.top, headerBottom: header.bottom, viewport: innerHeight }
      : null;
  });

/** What the clipboard holds now. The copy is asynchronous: read it with expect.poll, never once. */
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** A value no button copies, so an earlier test's copy can never pass for this one's. */
const resetClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.writeText('(vacío)'));

const expectedStart = (entry: LinkEntry) => (entry.tipo === 'figura' ? `Figura ${entry.numero}.` : entry.numero!);
/** Where a short URL's 301 leads: a section's to its page alone (its title opens the page, and a text fragment survives), the rest to page#anchor. */
const landing = (entry: LinkEntry) => (entry.tipo === 'seccion' ? entry.ruta.split('#')[0]! : entry.ruta);

for (const slash of ['', '/']) {
  test(`every short URL${slash ? ' with a final slash' : ' without a final slash'} lands on its numbered heading or figure`, async ({ page }) => {
    const { enlaces } = await index(page);
    const shorts = enlaces.filter((entry) => entry.corta);
    expect(shorts.length).toBeGreaterThan(0);
    for (const entry of shorts) {
      // The redirect may fire before «load»: wait only for the first response, then for the landing.
      await page.goto(`${entry.corta}${slash}`, { waitUntil: 'commit' });
      await page.waitForURL((url) => url.pathname + url.hash === landing(entry));
      if (entry.tipo === 'seccion') {
        // No anchor: the page opens at its top, where its h1 is.
        await expect(page.locator('h1'), `${entry.corta}${slash}`).toHaveText(new RegExp(`^${entry.numero!.replaceAll('.', '\\.')}`));
        await expect(page.locator('h1')).toBeInViewport();
        continue;
      }
      const found = await target(page);
      expect(found, `${entry.corta}${slash} → ${entry.ruta}`).not.toBeNull();
      expect(found!.tag).toBe(entry.tipo === 'figura' ? 'FIGURE' : `H${entry.nivel}`);
      expect(found!.text.startsWith(expectedStart(entry)), `${found!.text} debería empezar por ${expectedStart(entry)}`).toBe(true);
    }
  });
}

// The old address of a renamed section (pageAliases) is tested on the fixture site, which declares
// some: tests/links/fixture-site.spec.ts. The real content has none yet.

for (const viewport of [{ width: 1280, height: 500 }, { width: 390, height: 700 }]) {
  test(`an anchor arrives below the sticky header, visible and marked (${viewport.width} px)`, async ({ page }) => {
    const { enlaces } = await index(page);
    // The last numbered heading and the last figure are the targets that need the most scrolling.
    const targets = [enlaces.filter((e) => e.tipo === 'apartado' && e.numero).at(-1), enlaces.filter((e) => e.tipo === 'figura').at(-1)];
    await page.setViewportSize(viewport);
    for (const entry of targets.filter((e) => e !== undefined)) {
      await page.goto(entry.ruta);
      const found = (await target(page))!;
      expect(found.top, entry.ruta).toBeGreaterThanOrEqual(found.headerBottom);
      expect(found.top, entry.ruta).toBeLessThan(found.viewport / 2);
      const id = entry.ruta.split('#')[1]!;
      const animation = await page.evaluate((id) => getComputedStyle(document.getElementById(id)!).animationName, id);
      expect(animation).toBe('target-flash');
    }
  });
}

/**
 * What a copy button must give: the index's absolute address when the build knew SITE_URL, else
 * the address the reader is on (here the test server), never a placeholder.
 */
const absolute = (_enlaces: LinkEntry[], origin: string) => ({
  url: (entry: LinkEntry) => entry.url ?? new URL(entry.ruta, origin).href,
  urlCorta: (entry: LinkEntry) => entry.urlCorta ?? new URL(entry.corta!, origin).href,
});

test.describe('copy-link buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy the canonical URL with the anchor, and the short one, announcing "Enlace copiado"', async ({ page, baseURL }) => {
    const { sitio = baseURL!, enlaces } = await index(page);
    const { url, urlCorta } = absolute(enlaces, baseURL!);
    const entry = enlaces.find((e) => e.tipo === 'apartado' && e.corta) ?? enlaces.find((e) => e.tipo === 'seccion')!;
    const id = entry.ruta.split('#')[1]!;
    await page.goto(entry.ruta.split('#')[0]!);
    await enhanced(page);
    await resetClipboard(page);
    const group = page.locator(`.heading:has([id="${id}"]) .link-copy`);
    await group.locator('.copy-link').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#aviso')).toHaveText('Enlace copiado');
    await expect.poll(() => clipboard(page)).toBe(url(entry));
    expect(url(entry).startsWith(sitio)).toBe(true);

    await group.locator('.copy-short').click();
    await expect.poll(() => clipboard(page)).toBe(urlCorta(entry));
  });

  test('figure captions offer the same buttons', async ({ page, baseURL }) => {
    const { enlaces } = await index(page);
    const { url, urlCorta } = absolute(enlaces, baseURL!);
    const figure = enlaces.find((e) => e.tipo === 'figura');
    expect(figure, 'el contenido no tiene figuras: esta prueba no tendría qué comprobar').toBeDefined();
    await page.goto(figure!.ruta.split('#')[0]!);
    await enhanced(page);
    await resetClipboard(page);
    const group = page.locator(`[id="${figure!.ruta.split('#')[1]}"] > .link-copy`);
    await group.locator('.copy-link').click();
    await expect.poll(() => clipboard(page)).toBe(url(figure!));
    await group.locator('.copy-short').click();
    await expect.poll(() => clipboard(page)).toBe(urlCorta(figure!));
  });

  test('the link index copies each permanent and short address', async ({ page, baseURL }) => {
    const { enlaces } = await index(page);
    const { url, urlCorta } = absolute(enlaces, baseURL!);
    const entry = enlaces.find((e) => e.corta)!;
    await page.goto('/enlaces/');
    await enhanced(page);
    await resetClipboard(page);
    const row = page.locator('tr.link-row', { has: page.locator(`a[href="${entry.ruta}"]`) });
    await row.locator('.link-url .copy-link').click();
    await expect.poll(() => clipboard(page)).toBe(url(entry));
    await row.locator('.link-short .copy-link').click();
    await expect.poll(() => clipboard(page)).toBe(urlCorta(entry));
  });
});

// When the copy fails (permission refused, or no navigator.clipboard outside a secure context), the
// live region says so instead of pretending: the README's promise that «copiar enlace» is announced.
const FAILURES = {
  'the clipboard refuses': () => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Permiso denegado', 'NotAllowedError'));
  },
  'there is no clipboard (not a secure context)': () => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  },
};
for (const [why, breakClipboard] of Object.entries(FAILURES)) {
  test(`when ${why}, a copy-link button announces «No se pudo copiar el enlace»`, async ({ page }) => {
    const { enlaces } = await index(page);
    const entry = enlaces.find((e) => e.tipo === 'apartado' && e.corta)!;
    await page.addInitScript(breakClipboard);
    await page.goto(entry.ruta.split('#')[0]!);
    await enhanced(page);
    const group = page.locator(`.heading:has([id="${entry.ruta.split('#')[1]}"]) .link-copy`);
    await group.locator('.copy-link').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#aviso')).toHaveText('No se pudo copiar el enlace');
    await expect(group.locator('.copy-link')).not.toHaveClass(/\bcopied\b/);
    await group.locator('.copy-short').click();
    await expect(page.locator('#aviso')).toHaveText('No se pudo copiar el enlace');
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('copy buttons stay hidden and short URLs still redirect', async ({ page }) => {
    const { enlaces } = await index(page);
    const entry = enlaces.find((e) => e.tipo === 'seccion')!;
    await page.goto(entry.corta!, { waitUntil: 'commit' });
    await page.waitForURL((url) => url.pathname + url.hash === entry.ruta.split('#')[0]);
    await expect(page.locator('.link-copy').first()).toBeHidden();
    expect(await page.locator('.link-copy:visible').count()).toBe(0);
  });
});
