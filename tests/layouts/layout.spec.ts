import { expect, test, type Page } from '@playwright/test';
import { enhanced } from '../helpers/visit.ts';

/** The section pages, in the sidebar's order, as the reader sees them. */
async function sectionPaths(page: Page): Promise<string[]> {
  await page.goto('/');
  const hrefs = await page.locator('.home-sections > li > a').evaluateAll((links) =>
    links.map((a) => a.getAttribute('href')!),
  );
  expect(hrefs.length).toBeGreaterThanOrEqual(3);
  return hrefs;
}

/** Opens the first section page that has an element matching `selector`, and returns its path. */
async function openPageWith(page: Page, selector: string): Promise<string> {
  for (const path of await sectionPaths(page)) {
    await page.goto(path);
    if ((await page.locator(selector).count()) > 0) return path;
  }
  throw new Error(`Ninguna sección tiene ${selector}`);
}

test('every page is Spanish and titled', async ({ page }) => {
  for (const path of ['/', ...(await sectionPaths(page)), '/glosario/']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/Docker en el aula/);
  }
});

test('the sidebar marks the current page and lists the book numbers', async ({ page }) => {
  const paths = await sectionPaths(page);
  for (const path of paths) {
    await page.goto(path);
    const current = page.locator('.sidebar a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', path);
    await expect(current.locator('.number')).toHaveText(/^1\.1[3-5]$/);
  }
  await expect(page.locator('.sidebar .number').filter({ hasText: /^1\.13\.1$/ })).toHaveCount(1);
});

test('previous and next links follow the reading order', async ({ page }) => {
  const order = [...(await sectionPaths(page)), '/glosario/'];
  for (const [i, path] of order.entries()) {
    await page.goto(path);
    const previous = page.locator('.pagination a[rel="prev"]');
    const next = page.locator('.pagination a[rel="next"]');
    if (i === 0) await expect(previous).toHaveCount(0);
    else await expect(previous).toHaveAttribute('href', order[i - 1]!);
    if (i === order.length - 1) await expect(next).toHaveCount(0);
    else await expect(next).toHaveAttribute('href', order[i + 1]!);
  }
});

test('every h2–h4 has a stable id and a permalink that shows on focus', async ({ page }) => {
  for (const path of await sectionPaths(page)) {
    await page.goto(path);
    const headings = page.locator('main :is(h2, h3, h4)');
    const count = await headings.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const id = await headings.nth(i).getAttribute('id');
      expect(id, `encabezado ${i} de ${path}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const anchor = page.locator(`.heading a.anchor[href="#${id}"]`);
      await expect(anchor).toHaveCount(1);
    }
    const anchor = page.locator('.heading a.anchor').first();
    await expect(anchor).toHaveCSS('opacity', '0');
    await anchor.focus();
    await expect(anchor).toHaveCSS('opacity', '1');
  }
});

test('TOC links scroll to their heading and scroll-spy follows', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const [first] = await sectionPaths(page);
  await page.goto(first!);
  const links = page.locator('.toc li a');
  expect(await links.count()).toBeGreaterThan(1);
  const last = links.last();
  const hash = (await last.getAttribute('href'))!;
  await last.click();
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
  const target = page.locator(`[id="${hash.slice(1)}"]`);
  await expect(target).toBeInViewport();
  // The heading lands below the sticky header, not under it.
  const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(await target.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom);
  await expect(page.locator('.toc a[aria-current="true"]')).toHaveAttribute('href', hash);
  // Back in the introduction, no subsection is current (issue 16).
  await page.evaluate(() => scrollTo(0, 0));
  await expect(page.locator('.toc a[aria-current]')).toHaveCount(0);
});

test('the theme toggle persists across reloads with no flash of the other theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // Record data-theme when <body> is first created: nothing can be painted before that.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? '';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const toggle = page.locator('.theme-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBg);

  for (const path of ['/', (await sectionPaths(page))[0]!]) {
    await page.goto(path);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  }
});

test('the theme follows the system setting by default', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the copy button copies the code and announces it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPageWith(page, '.code-block');
  await enhanced(page);
  const block = page.locator('.code-block').first();
  const button = block.locator('button.copy');
  await expect(button).toBeVisible();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveText('Copiado');
  await expect(page.locator('#aviso')).toHaveText('Código copiado al portapapeles');
  const code = (await block.locator('pre').innerText()).trim();
  expect(code.length).toBeGreaterThan(0);
  expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(code);
});

test('when the clipboard refuses, the copy button and the live region say it could not copy', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Permiso denegado', 'NotAllowedError'));
  });
  await openPageWith(page, '.code-block');
  await enhanced(page);
  const button = page.locator('.code-block').first().locator('button.copy');
  await button.click();
  await expect(button).toHaveText('No se pudo copiar');
  await expect(page.locator('#aviso')).toHaveText('No se pudo copiar');
});

test('an unknown path answers 404 with a Spanish page', async ({ page }) => {
  const response = await page.goto('/no-existe-esta-pagina/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Página no encontrada');
  await expect(page.locator('main a[href="/"]')).toBeVisible();
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('no page scrolls sideways', async ({ page }) => {
    for (const path of ['/', ...(await sectionPaths(page)), '/glosario/', '/no-existe/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, `desbordamiento horizontal en ${path}`).toBeLessThanOrEqual(0);
    }
  });

  test('the sidebar is a closed disclosure that opens', async ({ page }) => {
    const [first] = await sectionPaths(page);
    await page.goto(first!);
    const summary = page.locator('.sidebar > summary');
    const current = page.locator('.sidebar a[aria-current="page"]');
    await expect(summary).toBeVisible();
    await expect(current).toBeHidden();
    await summary.click();
    await expect(current).toBeVisible();
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });

  test('text, navigation and code still work', async ({ page }) => {
    await openPageWith(page, '.code-block');
    await expect(page.locator('main p').first()).toBeVisible();
    await expect(page.locator('.sidebar a[aria-current="page"]')).toBeVisible();
    await expect(page.locator('.toc a').first()).toBeVisible();
    await expect(page.locator('.code-block pre').first()).toBeVisible();
    // Controls that need JavaScript stay out of the way.
    await expect(page.locator('.code-block button.copy').first()).toBeHidden();
    await expect(page.locator('.theme-toggle')).toBeHidden();
    const next = page.locator('.pagination a[rel="next"]');
    const href = await next.getAttribute('href');
    await next.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
});

// Internal links (glossary terms) print no address after them (issue 13): tests/pdf/print.spec.ts checks external ones do.
test('print shows the text alone, in light colours, without internal link addresses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await openPageWith(page, 'main p a[href^="/"]');
  for (const chrome of ['.site-header', '.sidebar', '.toc-column', '.pagination']) {
    await expect(page.locator(chrome)).toBeHidden();
  }
  await expect(page.locator('main h1')).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
  const link = page.locator('main p a[href^="/"]').first();
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(['none', 'normal']).toContain(after);
});
