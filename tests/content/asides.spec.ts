// Notes, pitfalls, practice and self-check boxes (src/components/Aside.astro) in a real browser: each is
// named by its label and title for assistive technology, reads the same with JavaScript off (answers open
// with a click on <summary>, no script), passes axe in both themes, and is part of what Pagefind indexes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGE = '/objetos-de-docker/';

test('cada aviso tiene rol y nombre: «Cuidado: …», «Pruébalo: …», «Comprueba lo que sabes»', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByRole('note', { name: 'Cuidado: Parar no es borrar' })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Pruébalo: Un volumen que sobrevive a su contenedor' })).toBeVisible();
  const selfCheck = page.getByRole('region', { name: 'Comprueba lo que sabes' });
  await expect(selfCheck).toBeVisible();
  // The label is text, not only a colour.
  await expect(page.getByRole('note', { name: 'Cuidado: Parar no es borrar' }).locator('.aside-title')).toHaveText('Cuidado: Parar no es borrar');
});

test.describe('sin JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('los avisos se leen y las respuestas se abren', async ({ page }) => {
    await page.goto(PAGE);
    const pitfall = page.getByRole('note', { name: 'Cuidado: Parar no es borrar' });
    await expect(pitfall).toBeVisible();
    await expect(pitfall).toContainText('docker rm');
    const selfCheck = page.getByRole('region', { name: 'Comprueba lo que sabes' });
    const first = selfCheck.locator('details').first();
    await expect(first).not.toHaveAttribute('open', /.*/);
    await first.locator('summary').click();
    await expect(first).toHaveAttribute('open', '');
    await expect(first).toContainText('Exited');
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`los avisos pasan axe (WCAG AA) con el tema ${theme === 'light' ? 'claro' : 'oscuro'}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(PAGE);
    await page.locator('.aside details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    const { violations } = await new AxeBuilder({ page })
      .include('.aside')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('los avisos forman parte del texto que indexa Pagefind', async ({ page }) => {
  await page.goto(PAGE);
  const placement = await page.locator('.aside').evaluateAll((all) =>
    all.map((el) => Boolean(el.closest('[data-pagefind-body]')) && !el.closest('[data-pagefind-ignore]')),
  );
  expect(placement.length).toBeGreaterThanOrEqual(5);
  expect(placement.every(Boolean)).toBe(true);
  // And the index really has their words: «ocupado» is said only in the «Parar no es borrar» box.
  const urls = await page.evaluate(async () => {
    // A variable, so TypeScript does not try to resolve the served module.
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ bundle);
    const search = await pagefind.search('ocupado');
    const data = await Promise.all(search.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
    return data.map((d) => d.url);
  });
  expect(urls.some((url) => url.startsWith(PAGE))).toBe(true);
});
