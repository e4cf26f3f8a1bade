// Arriving from a search result (issue 16): the page opens at the first highlight when the result has no
// anchor, whole words are marked, and «Quitar resaltado» keeps out of the text and off paper.
import { expect, test, type Page } from '@playwright/test';

const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true } as const;

/** Marks that stop or start inside a word: «Volúmen|es». */
const partialMarks = (page: Page) =>
  page.locator('mark.search-highlight').evaluateAll((marks) =>
    marks.flatMap((mark) => {
      const before = mark.previousSibling?.textContent?.slice(-1) ?? '';
      const after = mark.nextSibling?.textContent?.[0] ?? '';
      return /\p{L}/u.test(before + after) ? [`${before}[${mark.textContent}]${after}`] : [];
    }),
  );

for (const [name, use] of [['teléfono', PHONE], ['portátil', { viewport: { width: 1280, height: 800 } }]] as const) {
  test.describe(name, () => {
    test.use(use);

    test('un resultado sin ancla lleva al primer resaltado, marca palabras enteras y el botón no tapa el texto', async ({ page }) => {
      await page.goto('/objetos-de-docker/?resaltar=tmpfs');
      const first = page.locator('mark.search-highlight').first();
      await expect(first).toBeInViewport();
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      expect(await page.locator('mark.search-highlight').count()).toBeGreaterThan(1);
      expect(await partialMarks(page)).toEqual([]);

      const remove = page.getByRole('button', { name: 'Quitar resaltado' });
      await expect(remove).toBeInViewport();
      // It sits in the way-finding bar (phone) or under the page index (wide), never over the text column.
      expect(await remove.evaluate((button) => Boolean(button.closest('.wayfinder')))).toBe(true);
      if (name === 'portátil') {
        const main = await page.locator('main').boundingBox();
        const box = (await remove.boundingBox())!;
        expect(box.x >= main!.x + main!.width || box.x + box.width <= main!.x, 'el botón cae sobre el texto').toBe(true);
      }
      // «volumen» finds «Volúmenes»: the whole word is marked, not «Volúmen».
      await page.goto('/objetos-de-docker/?resaltar=volumen');
      await expect(page.locator('mark.search-highlight').first()).toBeAttached();
      expect(await page.locator('mark.search-highlight').filter({ hasText: /^volúmenes$/i }).count()).toBeGreaterThan(0);
      expect(await partialMarks(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      await expect(remove).toBeHidden();
    });
  });
}
