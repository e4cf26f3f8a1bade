// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every built page, light and dark, wide and narrow: 0 violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readPages } from '../helpers/dist-pages.ts';
import { enhanced, visit, type Theme } from '../helpers/visit.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [1280, 375];
const THEMES: Theme[] = ['light', 'dark'];

for (const page of readPages()) {
  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      test(`axe ${page.path} · ${theme} · ${width}px`, async ({ page: tab }) => {
        // axe over a long page with every disclosure open takes up to 14 s alone on 2 cores, and went past
        // 30 s with a second test run on the machine: the longer timeout is for load, not a slower page.
        test.slow();
        await tab.setViewportSize({ width, height: 800 });
        await visit(tab, page, { theme });
        // Closed disclosures (the sidebar on phones) hide links from axe: open them so every link is checked.
        await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const { violations } = await new AxeBuilder({ page: tab }).withTags(TAGS).analyze();
        const report = violations.flatMap((v) => [
          `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
          ...v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replaceAll('\n', '\n      ')}`),
        ]);
        expect(report.join('\n'), `${page.path} en tema ${theme} a ${width}px`).toBe('');
      });
    }
  }
}

// The search dialog is drawn by our own code (src/search/client/): axe over it open, with results and
// their marked words, in both themes and at both widths.
for (const theme of THEMES) {
  for (const width of WIDTHS) {
    test(`axe: el diálogo de búsqueda con resultados · ${theme} · ${width}px`, async ({ page: tab }) => {
      await tab.setViewportSize({ width, height: 800 });
      await tab.emulateMedia({ colorScheme: theme });
      await tab.addInitScript((value) => localStorage.setItem('tema', value), theme);
      await tab.goto('/objetos-de-docker/');
      await enhanced(tab);
      await tab.locator('.search-open').click();
      await tab.locator('dialog.search-dialog .search-input').fill('docker');
      await expect(tab.locator('dialog.search-dialog .search-result').first()).toBeVisible();
      await expect(tab.locator('dialog.search-dialog .search-results mark').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page: tab }).include('dialog.search-dialog').withTags(TAGS).analyze();
      const report = violations.flatMap((v) => [`${v.id} (${v.impact}): ${v.help}`, ...v.nodes.map((n) => `    ${n.target.join(' ')}`)]);
      expect(report.join('\n')).toBe('');
    });
  }
}
