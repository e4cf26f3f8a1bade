// Where a browser does not follow text fragments (Firefox before 131, older Safari), our own code
// (src/sentences/mark-fallback.ts) marks the sentence: Chromium with the feature switched off stands in.
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from '../../src/browser/chromium.ts';

const SENTENCE = 'sus contenedores se encuentran por su nombre gracias a un DNS interno';

test.use({ launchOptions: { executablePath: await requireChromium(), args: [...CHROMIUM_ARGS, '--disable-blink-features=TextFragmentIdentifiers'] } });

test('nuestro código marca la frase y la trae a la vista', async ({ page }) => {
  await page.goto(`/objetos-de-docker/#:~:text=${encodeURIComponent(SENTENCE)}`);
  expect(await page.evaluate(() => 'fragmentDirective' in document)).toBe(false);
  const mark = page.locator('mark.sentence-target');
  await expect(mark).toHaveText(SENTENCE);
  await expect(mark).toBeInViewport();
});
