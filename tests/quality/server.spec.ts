// The server the e2e tests talk to serves this run's dist/, byte for byte: not a leftover
// `npm start`, not another checkout's preview (playwright.config.ts starts a fresh one on a free port).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

for (const [path, file] of [
  ['/', 'dist/index.html'],
  ['/enlaces.json', 'dist/enlaces.json'],
  ['/sitemap-0.xml', 'dist/sitemap-0.xml'],
  ['/objetos-de-docker/', 'dist/objetos-de-docker/index.html'],
] as const) {
  test(`the preview serves ${path} exactly as this build wrote ${file}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect((await response.body()).equals(readFileSync(file)), `${path} no es el ${file} de este build`).toBe(true);
  });
}
