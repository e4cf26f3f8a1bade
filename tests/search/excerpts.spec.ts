// Excerpts are cut to two lines (Search.astro): on a phone as on a laptop, the matched word must be
// inside those two lines, not in the part that is cut off.
import { expect, test } from '@playwright/test';

const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true } as const;
const QUERIES = ['volumen', 'kubelet', 'orquestacion', 'K8s', 'cncf', 'tmpfs', 'overlay', 'quorum'];

for (const [device, use] of [['teléfono', PHONE], ['portátil', { viewport: { width: 1280, height: 800 } }]] as const) {
  test.describe(device, () => {
    test.use(use);

    test('en cada extracto, la primera palabra buscada se ve dentro de sus dos líneas', async ({ page }) => {
      let checked = 0;
      for (const query of QUERIES) {
        await page.goto(`/buscar/?q=${encodeURIComponent(query)}`);
        await expect(page.locator(`.search-page-ui .search-results[data-term="${query}"]`)).toBeAttached();
        const hidden = await page.locator('.search-page-ui .search-result-excerpt').evaluateAll((excerpts) =>
          excerpts.flatMap((excerpt) => {
            const mark = excerpt.querySelector('mark');
            if (!mark) return [];
            const box = excerpt.getBoundingClientRect();
            const word = mark.getBoundingClientRect();
            const inside = word.top >= box.top - 1 && word.bottom <= box.bottom + 1;
            return [inside ? '' : `«${mark.textContent}» fuera de «${excerpt.textContent!.slice(0, 70)}…»`];
          }),
        );
        checked += hidden.length;
        expect(hidden.filter(Boolean), `${query}`).toEqual([]);
      }
      expect(checked, 'extractos con palabras marcadas').toBeGreaterThan(20);
    });
  });
}
