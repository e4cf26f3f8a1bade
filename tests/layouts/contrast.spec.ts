// Contrast of non-text boundaries (WCAG 1.4.11, issue 16), computed from the colours Chromium renders:
// control and box borders against the page, diagram group outlines against their fill and the page,
// and code blocks set apart from the page in both themes.
import { expect, test, type Page } from '@playwright/test';

const THEMES = ['light', 'dark'] as const;

type RGB = [number, number, number];

const parse = (colour: string): RGB => {
  const match = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:[,/]\s*([\d.]+))?\)/.exec(colour);
  if (!match) throw new Error(`color no reconocido: ${colour}`);
  if (match[4] !== undefined && Number(match[4]) < 1) throw new Error(`color translúcido: ${colour}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
};
const luminance = ([r, g, b]: RGB) => {
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
const ratio = (a: string, b: string) => {
  const [x, y] = [luminance(parse(a)), luminance(parse(b))].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
};

/** Computed colours of every element matching `selector` that is rendered. */
const colours = (page: Page, selector: string, property: string) =>
  page.locator(selector).evaluateAll(
    (els, prop) => els.filter((el) => el.getClientRects().length > 0).map((el) => getComputedStyle(el).getPropertyValue(prop)),
    property,
  );

async function open(page: Page, path: string, theme: (typeof THEMES)[number]) {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((value) => localStorage.setItem('tema', value), theme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const theme of THEMES) {
  test(`${theme}: bordes de controles y de cajas de código ≥ 3:1 con la página`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, '/objetos-de-docker/', theme);
    const pageBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const controls = [
      '.site-header .search-open',
      '.site-header .theme-toggle',
      '.code-block > button.copy',
      'main .link-copy .copy-link',
      '.content .code-block > pre',
      '.figure-zoom',
    ];
    for (const selector of controls) {
      const found = await colours(page, selector, 'border-top-color');
      expect(found.length, `${selector}: ninguno visible`).toBeGreaterThan(0);
      for (const border of found) expect(ratio(border, pageBg), `${selector} (${border} sobre ${pageBg})`).toBeGreaterThanOrEqual(3);
    }
    // At tablet width the page index is a box of its own.
    await page.setViewportSize({ width: 820, height: 800 });
    for (const border of await colours(page, '.toc', 'border-top-color')) expect(ratio(border, pageBg), '.toc').toBeGreaterThanOrEqual(3);
    // On a phone the chapter's sections are one too.
    await page.setViewportSize({ width: 375, height: 800 });
    for (const border of await colours(page, '.sidebar', 'border-top-color')) expect(ratio(border, pageBg), '.sidebar').toBeGreaterThanOrEqual(3);
  });

  test(`${theme}: contornos de los grupos de los diagramas ≥ 3:1 con su relleno y con la página`, async ({ page }) => {
    await open(page, '/orquestacion-de-contenedores/', theme);
    const pageBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const clusters = await page.locator('svg.diagram .cluster > rect').evaluateAll((rects) =>
      rects.map((r) => ({ stroke: getComputedStyle(r).stroke, fill: getComputedStyle(r).fill })),
    );
    expect(clusters.length).toBeGreaterThan(0);
    for (const { stroke, fill } of clusters) {
      expect(ratio(stroke, fill), `contorno ${stroke} sobre relleno ${fill}`).toBeGreaterThanOrEqual(3);
      expect(ratio(stroke, pageBg), `contorno ${stroke} sobre la página ${pageBg}`).toBeGreaterThanOrEqual(3);
    }
  });
}
