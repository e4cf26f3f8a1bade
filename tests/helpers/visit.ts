// Opens a built page in Playwright. A redirect page is served with its meta refresh removed,
// so the checks see that page itself instead of the page it sends readers to. `origin` serves it from
// another server than Playwright's baseURL.
import type { Page as BrowserPage } from '@playwright/test';
import { isRedirect, type Page } from './dist-pages.ts';

export type Theme = 'light' | 'dark';

export async function visit(tab: BrowserPage, page: Page, { theme, origin = '' }: { theme?: Theme; origin?: string } = {}) {
  if (theme) {
    await tab.emulateMedia({ colorScheme: theme });
    await tab.addInitScript((value) => localStorage.setItem('tema', value), theme);
  }
  if (isRedirect(page.html)) {
    const html = page.html.replace(/<meta[^>]+http-equiv=["']?refresh[^>]*>/gi, '');
    await tab.route((url) => url.pathname === page.path, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  }
  await tab.goto(origin + page.path, { waitUntil: 'load' });
  // The controls come to life just after `load` (src/layouts/after-load.ts), as for a reader.
  if (!isRedirect(page.html)) await enhanced(tab);
  // Redirect pages carry no layout and no theme script: the theme only reaches them through color-scheme.
  if (theme && !isRedirect(page.html)) {
    const applied = await tab.evaluate(() => document.documentElement.dataset.theme);
    if (applied !== theme) throw new Error(`${page.path}: se pidió el tema ${theme} y la página tiene data-theme=${applied}`);
  }
}

/** Waits for src/layouts/after-load.ts to have run: search, copy buttons and the rest answer from then on. */
export async function enhanced(tab: BrowserPage): Promise<void> {
  await tab.waitForFunction(() => document.documentElement.dataset.listo !== undefined, undefined, { timeout: 10_000 });
}
