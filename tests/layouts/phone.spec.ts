// Reading on a phone (issue 16): way-finding while scrolling, figures that fit, code that the
// «Copiar» button never covers, visible copy feedback and touch-sized controls. Phone = 375×812 with
// touch; laptop = 1280×800; both themes where colours or layout could differ.
import { expect, test, type Page } from '@playwright/test';
import { enhanced } from '../helpers/visit.ts';

const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true } as const;
const THEMES = ['light', 'dark'] as const;

/** The section pages, from the home page's list (the reading order). */
async function sections(page: Page): Promise<string[]> {
  await page.goto('/');
  const hrefs = await page.locator('.home-sections > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs).toHaveLength(3);
  return hrefs;
}

async function open(page: Page, path: string, theme: (typeof THEMES)[number]) {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((value) => localStorage.setItem('tema', value), theme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await enhanced(page);
}

/** The h2/h3 the reader is in: the last one whose top has scrolled above the upper quarter of the screen. */
const headingBeingRead = (page: Page) =>
  page.evaluate(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]')];
    return headings.filter((h) => h.getBoundingClientRect().top < innerHeight / 4).at(-1)?.textContent?.trim() ?? null;
  });

for (const theme of THEMES) {
  test.describe(`teléfono · ${theme}`, () => {
    test.use(PHONE);

    test('en mitad de cada sección, la barra está a la vista y nombra el apartado que se lee', async ({ page }) => {
      for (const path of await sections(page)) {
        await open(page, path, theme);
        await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
        const read = await headingBeingRead(page);
        expect(read, `${path}: en mitad de la página se lee algún apartado`).not.toBeNull();
        const bar = page.locator('.toc-column');
        await expect(bar).toBeInViewport();
        // On top of the text, not under it: what is painted at the bar's centre belongs to the bar.
        const onTop = await bar.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
        });
        expect(onTop, `${path}: la barra queda tapada`).toBe(true);
        await expect(page.locator('.toc-current')).toHaveText(new RegExp(`${escape(read!)}$`));
        // It opens the page index from there, and «Inicio de la página» is beside it.
        await page.locator('.toc > summary').click();
        await expect(page.locator('.toc nav a[aria-current="true"]')).toBeInViewport();
        await expect(page.locator('.toc .toc-sections')).toBeVisible();
        await page.locator('.toc > summary').click();
        await page.locator('.to-top').click();
        await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
      }
    });

    test('en la introducción ningún apartado está marcado y la barra nombra la sección', async ({ page }) => {
      const [path] = await sections(page);
      await open(page, path!, theme);
      await expect(page.locator('.toc a[aria-current]')).toHaveCount(0);
      await expect(page.locator('.toc-current')).toHaveText(/^1\.13 /);
    });

    test('ninguna figura queda cortada; sus textos miden 12 px o más, en la página y a pantalla completa', async ({ page }) => {
      let figures = 0;
      for (const path of await sections(page)) {
        await open(page, path, theme);
        const count = await page.locator('figure:has(svg.diagram)').count();
        figures += count;
        for (let i = 0; i < count; i++) {
          const figure = page.locator('figure:has(svg.diagram)').nth(i);
          const clipped = await figure.locator('.diagram-scroll').evaluate((box) => {
            const svg = box.querySelector('svg')!.getBoundingClientRect();
            const r = box.getBoundingClientRect();
            return svg.left < r.left - 0.5 || svg.right > r.right + 0.5 || box.scrollWidth > box.clientWidth + 1;
          });
          // In the page too, not only in the full-screen view: the drawing scrolls rather than shrink its labels.
          const inPage = await figure.locator('svg.diagram').evaluate((svg) =>
            Math.min(...[...svg.querySelectorAll<SVGGraphicsElement>('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a)),
          );
          expect(inPage, `${path}: textos de la figura ${i + 1} en la página`).toBeGreaterThanOrEqual(12);
          const zoom = figure.locator('.figure-zoom');
          if (clipped) {
            await expect(zoom, `${path}: una figura cortada debe ofrecer la vista completa`).toBeVisible();
            // …and say that it scrolls: «Desliza →» while there is more to the right.
            const hint = figure.locator('.figure-hint');
            expect(await hint.evaluate((el) => el.checkVisibility({ visibilityProperty: true })), `${path}: falta «Desliza →»`).toBe(true);
          }
          if (!(await zoom.isVisible())) continue;
          await zoom.click();
          const dialog = page.locator('dialog.figure-viewer[open]');
          await expect(dialog).toBeVisible();
          const smallest = () =>
            dialog.evaluate((d) =>
              Math.min(
                ...[...d.querySelectorAll<SVGGraphicsElement>('svg text')].map(
                  (text) => parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a,
                ),
              ),
            );
          expect(await smallest(), `${path}: textos de la vista completa`).toBeGreaterThanOrEqual(12);
          // Keyboard zoom: «+» makes it bigger, «−» never below 12 px.
          const before = await smallest();
          await page.keyboard.press('+');
          expect(await smallest()).toBeGreaterThan(before);
          for (let k = 0; k < 6; k++) await page.keyboard.press('-');
          expect(await smallest()).toBeGreaterThanOrEqual(11.99);
          await page.keyboard.press('Escape');
          await expect(dialog).toHaveCount(0);
        }
      }
      expect(figures).toBeGreaterThanOrEqual(4);
    });

    test('copiar un enlace lo dice junto al botón y en la región viva', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const [path] = await sections(page);
      await open(page, path!, theme);
      const group = page.locator('main .heading .link-copy').first();
      await group.locator('.copy-short').click();
      await expect(group.locator('.link-feedback')).toHaveText('Enlace copiado');
      await expect(group.locator('.link-feedback')).toBeInViewport();
      await expect(page.locator('#aviso')).toHaveText('Enlace copiado');
    });
  });
}

test.describe('teléfono · tamaños de toque', () => {
  test.use(PHONE);

  test('cabecera (cada enlace y botón) ≥ 44×44; filas de menú, botones de copiar y «Textos del diagrama» ≥ 36 px de alto', async ({ page }) => {
    const paths = await sections(page);
    await page.goto(paths[1]!);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const sizes = async (selector: string) => {
      const boxes = await page.locator(selector).evaluateAll((els) =>
        els.filter((el) => el.getClientRects().length > 0).map((el) => ({ w: el.getBoundingClientRect().width, h: el.getBoundingClientRect().height })),
      );
      expect(boxes.length, `${selector}: ninguno visible`).toBeGreaterThan(0);
      return boxes;
    };
    // Every control in the header, the home link too: title, search and theme toggle.
    expect((await sizes('.site-header :is(a, button)')).length).toBeGreaterThanOrEqual(3);
    for (const selector of ['.site-header :is(a, button)', '.toc > summary', '.to-top']) {
      for (const box of await sizes(selector)) expect(Math.min(box.w, box.h), selector).toBeGreaterThanOrEqual(44);
    }
    await page.locator('.sidebar > summary').click();
    await page.locator('.toc > summary').click();
    for (const selector of ['.sidebar nav a', '.toc nav a', 'main .link-copy button', '.code-block > button', '.diagram-text > summary']) {
      for (const box of await sizes(selector)) expect(box.h, selector).toBeGreaterThanOrEqual(36);
    }
  });
});

test.describe('teléfono · código', () => {
  test.use(PHONE);

  test('un bloque que se desplaza lo indica (borde difuminado, «Ajustar líneas») y al ajustarlo cabe', async ({ page }) => {
    await page.goto('/orquestacion-de-contenedores/');
    await enhanced(page);
    const state = () =>
      page.locator('.code-block').evaluateAll((blocks) =>
        blocks.map((block) => {
          const pre = block.querySelector('pre')!;
          return {
            scrolls: pre.scrollWidth > pre.clientWidth,
            fade: parseFloat(getComputedStyle(pre).getPropertyValue('--code-fade')),
            toggle: block.querySelector<HTMLElement>('.wrap')!.checkVisibility(),
          };
        }),
      );
    const blocks = await state();
    expect(blocks.filter((b) => b.scrolls).length).toBeGreaterThan(0);
    for (const b of blocks) expect(b, 'difuminado y botón solo donde algo no cabe').toEqual({ scrolls: b.scrolls, fade: b.scrolls ? 40 : 0, toggle: b.scrolls });
    const block = page.locator('.code-block:has(.wrap:visible)').first();
    // At the end of the line the fade goes, so the last characters read clearly.
    // The scroll timeline updates on a later frame, which a loaded CI machine may delay: poll, not sleep.
    await block.locator('pre').evaluate((pre) => {
      pre.scrollLeft = pre.scrollWidth;
    });
    await expect.poll(() => block.locator('pre').evaluate((pre) => parseFloat(getComputedStyle(pre).getPropertyValue('--code-fade')))).toBe(0);
    await block.locator('.wrap').click();
    await expect(block.locator('.wrap')).toHaveAttribute('aria-pressed', 'true');
    expect(await block.locator('pre').evaluate((pre) => pre.scrollWidth <= pre.clientWidth + 1)).toBe(true);
  });
});

test.describe('teléfono · /enlaces/', () => {
  test.use(PHONE);

  test('es una lista que cabe, y los dos botones de cada fila tienen nombres y rótulos distintos', async ({ page }) => {
    await page.goto('/enlaces/');
    const rows = page.locator('.link-row:has(.link-short a)');
    const count = await rows.count();
    expect(count).toBeGreaterThan(10);
    const problems = await rows.evaluateAll((els) =>
      els.flatMap((row) => {
        const found: string[] = [];
        const title = row.querySelector('.link-title')!.textContent;
        for (const cell of row.querySelectorAll('td')) {
          const r = cell.getBoundingClientRect();
          if (r.left < 0 || r.right > innerWidth) found.push(`${title}: una celda sale de la pantalla`);
        }
        const buttons = [...row.querySelectorAll('.link-copy button')];
        const names = buttons.map((b) => b.getAttribute('aria-label'));
        if (buttons.length !== 2 || new Set(names).size !== 2) found.push(`${title}: nombres ${names.join(' | ')}`);
        for (const b of buttons) if (!b.getAttribute('title') || b.getAttribute('title') !== b.getAttribute('aria-label')) found.push(`${title}: sin rótulo`);
        return found;
      }),
    );
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

for (const width of [1280, 1024, 820, 375]) {
  test(`a ${width} px ningún «Copiar» tapa una línea de código`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    let blocks = 0;
    for (const path of await sections(page)) {
      await page.goto(path);
      await enhanced(page);
      const overlaps = await page.evaluate(() => {
        const found: string[] = [];
        const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        for (const block of document.querySelectorAll('.code-block')) {
          const buttons = [...block.querySelectorAll(':scope > button')].map((b) => b.getBoundingClientRect()).filter((r) => r.width > 0);
          for (const line of block.querySelectorAll('pre .line')) {
            const range = document.createRange();
            range.selectNodeContents(line);
            for (const box of range.getClientRects()) if (buttons.some((b) => hit(b, box))) found.push(line.textContent!.slice(0, 40));
          }
        }
        return { found, blocks: document.querySelectorAll('.code-block > button.copy:not([hidden])').length };
      });
      blocks += overlaps.blocks;
      expect(overlaps.found, `${path} a ${width} px`).toEqual([]);
    }
    expect(blocks).toBeGreaterThanOrEqual(16);
  });
}

test.describe('portátil', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const theme of THEMES) {
    test(`${theme}: en mitad de cada sección, «En esta página» marca a la vista el apartado que se lee`, async ({ page }) => {
      for (const path of await sections(page)) {
        await open(page, path, theme);
        await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
        const read = await headingBeingRead(page);
        expect(read).not.toBeNull();
        const current = page.locator('.toc a[aria-current="true"]');
        await expect(current).toHaveText(read!);
        await expect(current).toBeInViewport();
        await expect(page.locator('.to-top')).toBeInViewport();
      }
    });
  }
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const [device, use] of [['teléfono', PHONE], ['portátil', { viewport: { width: 1280, height: 800 } }]] as const) {
  test.describe(`${device} · botones de enlace`, () => {
    test.use(use);

    test('los botones de copiar enlace no tapan el texto de su título', async ({ page }) => {
      for (const path of await sections(page)) {
        await page.goto(path);
        const overlaps = await page.evaluate(() => {
          const groups = [...document.querySelectorAll<HTMLElement>('main .link-copy')].filter((g) => g.getClientRects().length > 0);
          const found: string[] = [];
          for (const group of groups) {
            const title = group.parentElement!.matches('.heading') ? group.parentElement!.querySelector(':is(h2, h3, h4)') : group.previousElementSibling;
            if (!title?.matches('h1, h2, h3, h4')) continue;
            const range = document.createRange();
            range.selectNodeContents(title);
            const box = group.getBoundingClientRect();
            for (const line of range.getClientRects()) {
              const apart = line.right <= box.left || box.right <= line.left || line.bottom <= box.top || box.bottom <= line.top;
              if (!apart) found.push(`«${title.textContent!.trim()}»: línea en y ${Math.round(line.top)}–${Math.round(line.bottom)}, botones en ${Math.round(box.top)}–${Math.round(box.bottom)}`);
            }
          }
          return { groups: groups.length, found };
        });
        expect(overlaps.groups, `${path}: grupos de botones visibles`).toBeGreaterThan(3);
        expect(overlaps.found, path).toEqual([]);
      }
    });
  });
}
