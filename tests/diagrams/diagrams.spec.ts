// The book's figures in a real browser: inline SVG with caption, the right nodes, the site's
// theme, and not one request for Mermaid (it ran at build time).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

const FIGURES = ['1.7', '1.8', '1.9', '1.10'];

/** The page (from the build in dist/) that holds each figure: the tests do not guess URLs. */
function pageOf(number: string): string {
  const id = `id="figura-${number.replaceAll('.', '-')}"`;
  const dir = readdirSync('dist', { withFileTypes: true }).find((entry) => {
    if (!entry.isDirectory()) return false;
    try {
      return readFileSync(`dist/${entry.name}/index.html`, 'utf8').includes(id);
    } catch {
      return false;
    }
  });
  if (!dir) throw new Error(`Ninguna página de dist/ tiene la Figura ${number}`);
  return `/${dir.name}/`;
}

/** Each node's label, its visual rows joined with spaces, as a reader sees it. */
const nodeLabels = (page: Page, figure: string) =>
  page.locator(`#${figure} svg g.node`).evaluateAll((nodes) =>
    nodes.map((node) =>
      Array.from(node.querySelectorAll('text tspan.row'), (row) => row.textContent?.trim() ?? '').join(' '),
    ),
  );

/** Each subgraph's title (the machine a group of components runs on, in Figure 1.10). */
const clusterLabels = (page: Page, figure: string) =>
  page.locator(`#${figure} svg g.cluster-label`).evaluateAll((labels) =>
    labels.map((label) => Array.from(label.querySelectorAll('text tspan.row'), (row) => row.textContent?.trim() ?? '').join(' ')),
  );

for (const number of FIGURES) {
  test(`la Figura ${number} es un SVG en línea con su pie, nombre accesible y tamaño propio`, async ({ page }) => {
    const id = `figura-${number.replaceAll('.', '-')}`;
    await page.goto(pageOf(number));
    const figure = page.locator(`figure#${id}`);
    const svg = figure.locator('svg.diagram');
    await expect(svg).toHaveCount(1);
    await expect(svg).toBeVisible();
    await expect(figure.locator('figcaption')).toHaveText(new RegExp(`^Figura ${number.replace('.', '\\.')}\\. \\S`));
    await expect(svg).toHaveAttribute('role', 'img');
    await expect(svg).toHaveAccessibleName(/\S/);
    await expect(figure.locator('pre')).toHaveCount(0);
    // width/height fixed in the HTML: the box is reserved before anything loads.
    const box = await svg.boundingBox();
    const [w, h] = await svg.evaluate((el) => [Number(el.getAttribute('width')), Number(el.getAttribute('height'))]);
    expect(w).toBeGreaterThan(0);
    expect(box && Math.abs(box.width / box.height - w! / h!)).toBeLessThan(0.02);
  });
}

test('la Figura 1.9 muestra tres managers y cuatro workers', async ({ page }) => {
  await page.goto(pageOf('1.9'));
  const labels = await nodeLabels(page, 'figura-1-9');
  const managers = ['Manager 1 (líder)', 'Manager 2', 'Manager 3'];
  const workers = ['Worker 1', 'Worker 2', 'Worker 3', 'Worker 4'];
  expect(labels.filter((label) => managers.includes(label)).sort()).toEqual(managers);
  expect(labels.filter((label) => workers.includes(label)).sort()).toEqual(workers);
  expect(labels.filter((label) => /manager/i.test(label))).toHaveLength(3);
  expect(labels.filter((label) => /worker/i.test(label))).toHaveLength(4);
});

test('la Figura 1.10 muestra un nodo del plano de control y tres workers', async ({ page }) => {
  await page.goto(pageOf('1.10'));
  // Each machine is a subgraph holding its components (kubelet, containerd, pods…), so the machines'
  // names are subgraph titles; the components are nodes.
  const labels = await clusterLabels(page, 'figura-1-10');
  const components = await nodeLabels(page, 'figura-1-10');
  expect(labels.filter((label) => label.startsWith('Nodo del plano de control'))).toHaveLength(1);
  expect(components.filter((label) => label.startsWith('kubelet'))).toHaveLength(4);
  expect(components).toContain('kube-apiserver');
  for (const n of [1, 2, 3]) expect(labels.filter((label) => label.startsWith(`Nodo worker ${n}`))).toHaveLength(1);
  expect(labels.filter((label) => /^Nodo worker/.test(label))).toHaveLength(3);
});

test('los diagramas siguen el tema: sistema y botón cambian sus colores', async ({ page }) => {
  const colours = () =>
    page.locator('#figura-1-9 svg g.node').first().evaluate((node) => {
      const shape = getComputedStyle(node.querySelector('rect, path, polygon, circle')!);
      return { fill: shape.fill, text: getComputedStyle(node.querySelector('text')!).fill };
    });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(pageOf('1.9'));
  const light = await colours();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  const dark = await colours();
  expect(dark.fill).not.toBe(light.fill);
  expect(dark.text).not.toBe(light.text);
  // The manual toggle overrides the system setting.
  await page.locator('.theme-toggle').click();
  expect(await colours()).toEqual(light);
  await page.locator('.theme-toggle').click();
  expect(await colours()).toEqual(dark);
});

test('al imprimir, los diagramas salen con los colores claros aunque el tema sea oscuro', async ({ page }) => {
  const fill = () => page.locator('#figura-1-9 svg g.node rect').first().evaluate((el) => getComputedStyle(el).fill);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(pageOf('1.9'));
  const light = await fill();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  const dark = await fill();
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  expect(await fill()).toBe(light);
  expect(light).not.toBe(dark);
});

test('ninguna página con figuras pide Mermaid ni lleva su código', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  for (const path of new Set(FIGURES.map(pageOf))) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const inline = await page.locator('script').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? '').join('\n'));
    expect(inline).not.toMatch(/mermaid/i);
  }
  expect(requests.filter((url) => /mermaid/i.test(url))).toEqual([]);
  expect(requests.filter((url) => !url.startsWith('http://127.0.0.1'))).toEqual([]);
});

test('en un móvil el diagrama no se encoge hasta ser ilegible: se desplaza de lado con el teclado', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(pageOf('1.9'));
  const svg = page.locator('#figura-1-9 svg.diagram');
  const scale = await svg.evaluate((el) => el.getBoundingClientRect().width / Number(el.getAttribute('width')));
  expect(scale).toBeGreaterThanOrEqual(0.69);
  const scroller = page.locator('#figura-1-9 .diagram-scroll');
  // Figure 1.9 is 856 px wide and may shrink to 70 %: on a 360 px phone it must overflow its box,
  // so the keyboard check below always runs.
  const overflows = await scroller.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(overflows, 'a 360 px la Figura 1.9 debería desbordar su caja: si ya no lo hace, elige otra figura o un ancho menor').toBe(true);
  expect(await scroller.evaluate((el) => el.scrollLeft)).toBe(0);
  await scroller.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The page itself never scrolls sideways: only the diagram's own box does.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`las figuras pasan axe (WCAG AA, contraste incluido) con el tema ${scheme === 'light' ? 'claro' : 'oscuro'}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of new Set(FIGURES.map(pageOf))) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).include('figure').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

/** WCAG contrast of two computed colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`el texto de los diagramas contrasta ≥ 4.5:1 con su fondo (tema ${scheme === 'light' ? 'claro' : 'oscuro'})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    // axe does not look inside role="img": each label is measured against the shape behind it.
    for (const path of new Set(FIGURES.map(pageOf))) {
      await page.goto(path);
      const pairs = await page.locator('svg.diagram').evaluateAll((svgs) =>
        svgs.flatMap((svg) =>
          [
            ...Array.from(svg.querySelectorAll('g.node'), (g) => [g, g.querySelector(':scope > :is(rect, path, polygon, circle), :scope > g > path')] as const),
            ...Array.from(svg.querySelectorAll('g.cluster'), (g) => [g, g.querySelector(':scope > rect')] as const),
            ...Array.from(svg.querySelectorAll('g.edgeLabel'), (g) => [g, g.querySelector('rect.background')] as const),
          ].flatMap(([group, shape]) => {
            const text = group.querySelector('text');
            if (!text || !shape) return [];
            return [{ label: text.textContent ?? '', text: getComputedStyle(text).fill, background: getComputedStyle(shape).fill }];
          }),
        ),
      );
      expect(pairs.length).toBeGreaterThan(0);
      for (const pair of pairs) {
        expect(contrast(pair.text, pair.background), `${path} «${pair.label}»: ${pair.text} sobre ${pair.background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
}
