// Layout stability: cumulative layout shift 0 on every page, measured by Chromium itself, while the
// page arrives as it does on a slow network: its HTML in pieces, each parsed and painted on its own.
// A page drawn half-arrived must not move when the rest comes (a button group that widens, a table
// whose columns grow, a block whose buttons come after the code they sit above).
import { expect, test, type Page as Tab } from '@playwright/test';
import { DIST, readPages } from '../helpers/dist-pages.ts';
import { serveStatic, type StaticServer, type Trickle } from '../helpers/static-server.ts';
import { visit } from '../helpers/visit.ts';

/** About one TCP segment per piece; the pause is longer than a frame, so each piece gets painted. */
const TRICKLE: Trickle = { bytes: 1400, everyMs: 20 };
let server: StaticServer;
test.beforeAll(async () => (server = await serveStatic(DIST, { trickle: TRICKLE })));
test.afterAll(async () => server.close());

interface Shift {
  value: number;
  /** What moved, for the failure message. */
  sources: string[];
}

/**
 * Layout-shift entries not caused by input, buffered since navigation, once the page has settled:
 * its fonts are ready, its images decoded, and two more frames painted after that (a shift is
 * recorded when the frame that shows it is drawn). Conditions, not a fixed delay: a slow machine
 * waits longer, a fast one does not wait for nothing.
 */
const shifts = (tab: Tab) =>
  tab.evaluate(async () => {
    const found: Shift[] = [];
    type Entry = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const record = (entries: PerformanceEntry[]) => {
      for (const entry of entries as Entry[]) {
        if (entry.hadRecentInput) continue;
        const sources = entry.sources.map((s) => {
          const what = s.node instanceof Element ? s.node.outerHTML.slice(0, 100) : String(s.node?.nodeName);
          const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
          return `${what} — de ${rect(s.previousRect)} a ${rect(s.currentRect)} (${Math.round(entry.startTime)} ms)`;
        });
        found.push({ value: entry.value, sources });
      }
    };
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    await document.fonts.ready;
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // Entries already recorded but not yet handed to the callback.
    record(observer.takeRecords());
    observer.disconnect();
    return found;
  });
const total = (list: Shift[]) => list.reduce((sum, shift) => sum + shift.value, 0);

/** The viewport width of the first frames: a shift while it differs from the one asked for is the harness's, not the page's. */
const recordWidths = (tab: Tab) =>
  tab.addInitScript(() => {
    const widths: number[] = ((window as unknown as { widths: number[] }).widths = [innerWidth]);
    const frame = () => widths.length < 10 && (widths.push(innerWidth), requestAnimationFrame(frame));
    requestAnimationFrame(frame);
  });

const pages = readPages();
for (const page of pages) {
  for (const width of [1280, 375]) {
    test(`CLS 0: ${page.path} · ${width}px`, async ({ page: tab }) => {
      await tab.setViewportSize({ width, height: 800 });
      await recordWidths(tab);
      await visit(tab, page, { origin: server.url });
      let found = await shifts(tab);
      const widths = await tab.evaluate(() => (window as unknown as { widths: number[] }).widths);
      if (widths.some((w) => w !== width)) {
        // Chromium laid out the first frames at another width: measure again on a reload, and say so.
        test.info().annotations.push({ type: 'viewport', description: `primeros frames a ${widths.join(', ')} px; medido de nuevo` });
        await tab.reload({ waitUntil: 'load' });
        found = await shifts(tab);
      }
      expect(total(found), `${page.path} se mueve al cargar (anchos de los primeros frames: ${widths.join(', ')}):\n${JSON.stringify(found, null, 1)}`).toBe(0);
    });
  }
}

test('la medida detecta un desplazamiento cuando lo hay', async ({ page: tab }) => {
  await tab.goto('/');
  await tab.evaluate(async () => {
    const banner = document.createElement('div');
    banner.style.height = '200px';
    // Only content that was already painted can shift: wait for painted frames, then push it down.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    document.body.prepend(banner);
  });
  expect(total(await shifts(tab))).toBeGreaterThan(0);
});

test('la página se pinta antes de llegar entera, así que lo medido incluye las páginas a medio llegar', async ({ page: tab }) => {
  const longest = pages.reduce((a, b) => (b.html.length > a.html.length ? b : a));
  expect(longest.html.length, 'la página más larga ocupa varios trozos').toBeGreaterThan(TRICKLE.bytes * 20);
  await tab.goto(server.url + longest.path, { waitUntil: 'load' });
  const { paint, arrived } = await tab.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
    arrived: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
  }));
  expect(paint, `${longest.path}: primer pintado a ${Math.round(paint)} ms, HTML completo a ${Math.round(arrived)} ms`).toBeLessThan(arrived);
});
