// Layout stability: cumulative layout shift 0 on every page, measured by Chromium itself.
import { expect, test, type Page as Tab } from '@playwright/test';
import { readPages } from '../helpers/dist-pages.ts';
import { visit } from '../helpers/visit.ts';

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

for (const page of readPages()) {
  for (const width of [1280, 375]) {
    test(`CLS 0: ${page.path} · ${width}px`, async ({ page: tab }) => {
      await tab.setViewportSize({ width, height: 800 });
      await recordWidths(tab);
      await visit(tab, page);
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
