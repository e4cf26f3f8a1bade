// The multiple-choice self-checks (src/components/SelfCheck.astro) in a real browser: choosing an option
// shows that option's feedback and no other, with and without JavaScript, inside a live region that
// announces it. On a phone each option is a 44 px touch target. axe passes with a feedback open.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PAGE = '/orquestacion-de-contenedores/';
// 1.14-P1 (content/autoevaluacion.yaml): «Dos.» is right, «Uno.» is not.
const question = (page: Page) => page.locator('#pregunta-1-14-p1');

async function choose(page: Page, option: string) {
  const group = question(page).getByRole('group', { name: 'Elige una respuesta' });
  await expect(group.getByRole('radio')).toHaveCount(3);
  await group.getByRole('radio', { name: option, exact: true }).check();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'con JavaScript' : 'sin JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('elegir una opción muestra su explicación y solo la suya', async ({ page }) => {
      await page.goto(PAGE);
      const feedback = question(page).locator('.choices > p');
      await expect(feedback).toHaveCount(3);
      for (let i = 0; i < 3; i += 1) await expect(feedback.nth(i)).toBeHidden();

      await choose(page, 'Uno.');
      await expect(feedback.nth(0)).toBeVisible();
      await expect(feedback.nth(0)).toHaveText(/^No es esa\. Aguanta más/);
      await expect(feedback.nth(1)).toBeHidden();

      await choose(page, 'Dos.');
      await expect(feedback.nth(1)).toBeVisible();
      await expect(feedback.nth(1)).toHaveText(/^Correcto\. El quórum de cinco es tres/);
      await expect(feedback.nth(0)).toBeHidden();
      // Shown by CSS inside a polite live region: a screen reader hears it, with or without JavaScript.
      await expect(question(page).locator('.choices')).toHaveAttribute('aria-live', 'polite');

      // The model answer stays where it was, folded.
      await question(page).locator('summary').click();
      await expect(question(page).locator('details > p')).toContainText('El quórum con cinco managers es tres');
    });
  });
}

test.describe('en un teléfono', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('cada opción mide al menos 44 px de alto y se elige con un toque', async ({ page }) => {
    await page.goto(PAGE);
    const labels = page.locator('.choices > label');
    const count = await labels.count();
    expect(count).toBeGreaterThanOrEqual(9);
    for (let i = 0; i < count; i += 1) {
      const box = (await labels.nth(i).boundingBox())!;
      expect(box.height, `opción ${i + 1}`).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width, `opción ${i + 1} se sale de la pantalla`).toBeLessThanOrEqual(375);
    }
    // No option pushes a phone's page sideways (a fieldset grows to its longest line unless told not to).
    for (const path of ['/objetos-de-docker/', PAGE, '/organizaciones-y-estandares/']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    }
    await page.goto(PAGE);
    const right = question(page).locator('.choices > label').nth(1);
    await right.scrollIntoViewIfNeeded();
    await right.tap();
    await expect(question(page).locator('.choices > p').nth(1)).toBeVisible();
  });
});

for (const theme of ['light', 'dark']) {
  test(`axe sin fallos con una explicación abierta (tema ${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme as 'light' | 'dark' });
    await page.goto(PAGE);
    await choose(page, 'Uno.');
    const results = await new AxeBuilder({ page }).include('#comprueba-lo-que-sabes').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
