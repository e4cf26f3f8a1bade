// A link to a sentence through the production nginx: the section's short address answers with a 301
// to its page with no #anchor, so Chromium keeps the text fragment and scrolls to the sentence. A
// subsection's short address (/1.13.3) keeps its #anchor, which by the Fetch standard replaces the
// request's fragment: there the sentence is lost, which is why the links use the section's address.
import { expect, test } from '@playwright/test';

const SENTENCE = 'sus contenedores se encuentran por su nombre gracias a un DNS interno';
const FRAGMENT = `#:~:text=${encodeURIComponent(SENTENCE)}`;

test('/1.13#:~:text=… pasa por el 301 de nginx y abre la página en la frase', async ({ page, request }) => {
  const redirect = await request.get('/1.13', { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(redirect.headers().location).toBe('/objetos-de-docker/');
  await page.goto(`/1.13${FRAGMENT}`);
  expect(new URL(page.url()).pathname).toBe('/objetos-de-docker/');
  const paragraph = page.locator('[data-pagefind-body] p', { hasText: 'gracias a un DNS interno' });
  await expect(paragraph).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
});
