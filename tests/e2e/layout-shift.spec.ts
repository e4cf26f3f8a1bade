// Layout stability: cumulative layout shift 0 on every page, measured by Chromium itself.
import { expect, test, type Page as Tab } from '@playwright/test';
import { readPages } from '../helpers/dist-pages.ts';
import { visit } from '../helpers/visit.ts';

/** Sum of layout-shift entries not caused by input, buffered since navigation, after a short settle. */
const cumulativeShift = (tab: Tab) =>
  tab.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );

for (const page of readPages()) {
  for (const width of [1280, 375]) {
    test(`CLS 0: ${page.path} · ${width}px`, async ({ page: tab }) => {
      await tab.setViewportSize({ width, height: 800 });
      await visit(tab, page);
      expect(await cumulativeShift(tab), `${page.path} se mueve al cargar`).toBe(0);
    });
  }
}

test('la medida detecta un desplazamiento cuando lo hay', async ({ page: tab }) => {
  await tab.goto('/');
  await tab.evaluate(async () => {
    const banner = document.createElement('div');
    banner.style.height = '200px';
    await new Promise((r) => setTimeout(r, 100));
    document.body.prepend(banner);
  });
  expect(await cumulativeShift(tab)).toBeGreaterThan(0);
});
