// Keyboard only: on a reading page, Tab reaches the skip link, every control of the header (theme,
// search when present), sidebar, TOC and every "Copiar" button, and each shows a visible focus ring.
import { existsSync } from 'node:fs';
import { expect, test, type Page as Tab } from '@playwright/test';
import { isRedirect, readPages } from '../helpers/dist-pages.ts';
import { visit } from '../helpers/visit.ts';

// The richest reading page: one with a TOC and code blocks, found in dist/ rather than named here.
const reading = readPages()
  .filter((p) => !isRedirect(p.html))
  .map((p) => ({ page: p, html: p.html }))
  .filter(({ html }) => html.includes('class="toc"') && /class="copy"/.test(html))
  .sort((a, b) => a.html.length - b.html.length)[0]?.page;

const REGIONS = { header: '.site-header', sidebar: '.sidebar', toc: '.toc', copy: '.code-block' } as const;

interface Stop {
  key: string;
  label: string | null;
  region: string;
  ring: boolean;
  shown: boolean;
}

/** What has focus now: a stable key (its place in <body>: focusing «Buscar» preloads scripts into <head>), its region, whether a focus indicator and the element itself are visible. */
const focused = (tab: Tab, regions: typeof REGIONS) =>
  tab.evaluate((regions): Stop | null => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    // Visible and not hidden under the sticky header (WCAG 2.2, 2.4.11 Focus Not Obscured).
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
    const onTop = document.elementFromPoint(x, y);
    const shown = Number(style.opacity) > 0 && box.width > 0 && box.height > 0 && Boolean(onTop && (el.contains(onTop) || onTop.contains(el)));
    const label = el.textContent?.trim().slice(0, 40) || el.getAttribute('aria-label');
    const region = el.matches('.skip-link')
      ? 'skip'
      : (Object.entries(regions).find(([, selector]) => el.closest(selector))?.[0] ?? 'other');
    const all = [...document.body.querySelectorAll('*')];
    return { key: `${el.tagName.toLowerCase()}#${all.indexOf(el)}`, label, region, ring, shown };
  }, regions);

/** Every control in the regions a keyboard user must reach. */
const expected = (tab: Tab, regions: typeof REGIONS) =>
  tab.evaluate((regions) => {
    const all = [...document.body.querySelectorAll('*')];
    const focusable = 'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';
    return Object.entries(regions).flatMap(([region, selector]) =>
      [...document.querySelectorAll<HTMLElement>(`${selector} :is(${focusable}), ${selector}:is(${focusable})`)]
        .filter((el) => el.checkVisibility() && !(el as HTMLButtonElement).disabled)
        .map((el) => ({ key: `${el.tagName.toLowerCase()}#${all.indexOf(el)}`, region, text: el.textContent?.trim() || el.getAttribute('aria-label') })),
    );
  }, regions);

for (const width of [1280, 375]) test.describe(`teclado a ${width}px`, () => {
  test.beforeEach(async ({ page: tab }) => {
    // Never a silent skip: a build with no such page means the gate has nothing to check, and says so.
    expect(reading, 'no hay en dist/ una página con índice y bloques de código: la puerta de teclado no puede comprobarse').toBeDefined();
    await tab.setViewportSize({ width, height: 800 });
    await visit(tab, reading!);
  });

  test('el enlace «Saltar al contenido» es lo primero, se ve y lleva al texto', async ({ page: tab }) => {
    await tab.keyboard.press('Tab');
    const first = await focused(tab, REGIONS);
    expect(first?.region).toBe('skip');
    expect(first?.shown, 'el enlace de salto se ve al recibir el foco').toBe(true);
    expect(first?.ring, 'el enlace de salto muestra el foco').toBe(true);
    await tab.keyboard.press('Enter');
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => Boolean(document.activeElement?.closest('#contenido')))).toBe(true);
  });

  test('Tab recorre cabecera, barra lateral, índice y botones Copiar, con el foco visible', async ({ page: tab }) => {
    const want = await expected(tab, REGIONS);
    for (const region of ['header', 'sidebar', 'toc', 'copy']) {
      expect(want.some((w) => w.region === region), `la página no tiene controles en ${region}`).toBe(true);
    }
    // Once the build has a search index, the header must offer search (and the walk below must reach it).
    if (existsSync('dist/pagefind')) {
      expect(want.some((w) => w.region === 'header' && /buscar/i.test(w.text ?? '')), 'la cabecera no tiene el botón «Buscar»').toBe(true);
    }
    const stops: Stop[] = [];
    for (let i = 0; i < 1000; i++) {
      await tab.keyboard.press('Tab');
      const stop = await focused(tab, REGIONS);
      if (!stop || stops.some((s) => s.key === stop.key)) break;
      stops.push(stop);
    }
    const reached = new Set(stops.map((s) => s.key));
    expect(want.filter((w) => !reached.has(w.key)), 'controles que el teclado no alcanza').toEqual([]);
    expect(stops.filter((s) => !s.ring || !s.shown), 'paradas sin foco visible').toEqual([]);
  });
});
