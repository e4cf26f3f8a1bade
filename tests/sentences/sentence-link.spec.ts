// «Copiar enlace a esta frase» in Chromium (src/components/SentenceLink.astro): select a sentence, copy
// its link by mouse, by keyboard and by touch, and follow it; where a browser does not follow text
// fragments, our own code marks the sentence (fallback.spec.ts); ?resaltar= never takes a text fragment away.
import { expect, test, type Page } from '@playwright/test';
import { enhanced } from '../helpers/visit.ts';

const PAGE = '/objetos-de-docker/';
const SENTENCE = 'sus contenedores se encuentran por su nombre gracias a un DNS interno';
const FRAGMENT = `#:~:text=${encodeURIComponent(SENTENCE)}`;
/** What the page writes for SENTENCE (12 words): its first five and last five, as textStart,textEnd. */
const COPIED = 'https://aula.test/1.13#:~:text=sus%20contenedores%20se%20encuentran%20por,gracias%20a%20un%20DNS%20interno';

/** Selects SENTENCE inside its paragraph, as a reader dragging over it would. */
async function select(page: Page) {
  await page.evaluate((sentence) => {
    const p = [...document.querySelectorAll('[data-pagefind-body] p')].find((el) => el.textContent!.replace(/\s+/g, ' ').includes(sentence))!;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(sentence.split(' ')[0]!);
      if (at >= 0 && node.data.replace(/\s+/g, ' ').includes(sentence.slice(0, 20))) {
        p.scrollIntoView({ block: 'center' });
        getSelection()!.setBaseAndExtent(node, at, node, at + sentence.length);
        return;
      }
    }
    throw new Error('frase no encontrada');
  }, SENTENCE);
}

/** True when the paragraph holding SENTENCE is inside the window. */
const sentenceInView = (page: Page) =>
  page.evaluate((sentence) => {
    const p = [...document.querySelectorAll('[data-pagefind-body] p')].find((el) => el.textContent!.replace(/\s+/g, ' ').includes(sentence))!;
    const box = p.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  }, SENTENCE);

test.describe('copiar el enlace', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('con el ratón: el enlace es la dirección corta de la sección y la frase, y lleva a ella', async ({ page, baseURL }) => {
    await page.goto(PAGE);
    await enhanced(page);
    const bar = page.locator('.sentence-link');
    await expect(bar).toBeHidden();
    await select(page);
    await expect(bar).toBeVisible();
    await expect(page.locator('#aviso')).toHaveText(/pulsa Tab para copiar un enlace a esta frase/);
    await bar.getByRole('button', { name: 'Copiar enlace a esta frase' }).click();
    await expect(page.locator('#aviso')).toHaveText('Enlace a la frase copiado');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // npm test builds with SITE_URL=https://aula.test/ (tests/helpers/test-site.ts).
    expect(copied).toBe(COPIED);

    // Followed through this server's short address, it opens the page at the sentence.
    await page.goto(copied.replace('https://aula.test', baseURL!));
    await expect.poll(() => sentenceInView(page)).toBe(true);
  });

  test('con el teclado: Tab llega al botón justo después de la selección, y Enter copia', async ({ page }) => {
    await page.goto(PAGE);
    await enhanced(page);
    await select(page);
    await expect(page.locator('.sentence-link')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Copiar enlace a esta frase' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#:~:text=');
  });
});

test.describe('en un teléfono', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true, permissions: ['clipboard-read', 'clipboard-write'] });

  test('el botón mide 44 px, no se sale de la pantalla y se pulsa con un toque', async ({ page }) => {
    await page.goto(PAGE);
    await enhanced(page);
    await select(page);
    const button = page.getByRole('button', { name: 'Copiar enlace a esta frase' });
    await expect(button).toBeVisible();
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await button.tap();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(COPIED);
  });
});

test('?resaltar= marca las palabras sin llevarse el fragmento de texto ni mover la página', async ({ page }) => {
  await page.goto(`${PAGE}?resaltar=contenedor${FRAGMENT}`);
  await expect(page.locator('mark.search-highlight').first()).toBeAttached();
  await expect.poll(() => sentenceInView(page)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('mark.search-highlight')).toHaveCount(0);
  // The address as it came: rewriting it would drop the text fragment (the browser strips it).
  expect(page.url()).toContain(FRAGMENT);
});
