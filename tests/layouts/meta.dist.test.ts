import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, readPages } from '../helpers/dist-pages.ts';

const pages = readPages();
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
const NOINDEX = /<meta name="robots" content="noindex">/;

/** The pages to read, written out (not derived from the noindex tag this file checks). */
const CONTENT_PAGES = ['/', '/cambios/', '/citar/1.13/', '/citar/1.14/', '/citar/1.15/', '/enlaces/', '/glosario/', '/objetos-de-docker/', '/organizaciones-y-estandares/', '/orquestacion-de-contenedores/'];
const contentPages = pages.filter(({ path }) => CONTENT_PAGES.includes(path));

test('the pages to read are exactly the listed ones, and only they are indexable', () => {
  assert.deepEqual(contentPages.map(({ path }) => path).sort(), CONTENT_PAGES);
  for (const { file, html } of contentPages) assert.doesNotMatch(html, NOINDEX, `${file} es una página de lectura: no puede llevar noindex`);
  // Everything else — 404, /buscar/, short-URL and renamed-page redirects — asks robots to stay away.
  const others = pages.filter(({ path }) => !CONTENT_PAGES.includes(path));
  assert.ok(others.some(({ path }) => path === '/404.html') && others.some(({ path }) => path === '/buscar/'));
  for (const { file, html } of others) assert.match(html, NOINDEX, `${file} no es una página de lectura: necesita noindex`);
});

test('every page is Spanish and titled, and every page to read is described', () => {
  assert.ok(pages.length >= 5, `solo hay ${pages.length} páginas en dist/`);
  for (const { file, html } of pages) {
    assert.match(html, /^<!DOCTYPE html><html lang="es"/i, file);
    assert.ok(attr(html, /<title>([^<]+)<\/title>/), `${file}: sin <title>`);
    if (/<meta http-equiv="refresh"/.test(html)) continue; // short URLs: a redirect, not a page to read
    assert.ok((attr(html, /<meta name="description" content="([^"]+)"/) ?? '').length >= 30, `${file}: sin descripción`);
  }
});

/** Canonical URLs and the sitemap need the public address: npm test builds with SITE_URL (tests/run.ts);
 *  the build without one is tests/links/site-address.test.ts. Not a skip: a build without it fails here. */
const requireSite = () =>
  assert.ok(existsSync(join(DIST, 'sitemap-index.xml')), 'este build no tiene SITE_URL: ni canónicas ni sitemap que comprobar (npm test lo define)');

test('content pages have a canonical URL and OpenGraph tags that agree with it', () => {
  requireSite();
  for (const { file, path, html } of contentPages) {
    const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/);
    assert.ok(canonical, `${file}: sin canonical`);
    assert.equal(new URL(canonical).pathname, path, `${file}: canonical de otra ruta`);
    assert.equal(attr(html, /<meta property="og:url" content="([^"]+)"/), canonical, file);
    for (const property of ['og:title', 'og:description', 'og:type', 'og:locale']) {
      assert.match(html, new RegExp(`<meta property="${property}" content="[^"]+"`), `${file}: falta ${property}`);
    }
  }
});

test('the sitemap lists exactly the canonical content pages', () => {
  requireSite();
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
  assert.deepEqual(listed, CONTENT_PAGES);
});

test('no page loads anything from another origin', () => {
  for (const { file, html } of pages) {
    const external = [...html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)="(https?:)?\/\/[^"]+"/g)]
      .map((m) => m[0])
      .filter((tag) => !/rel="(canonical|sitemap)"/.test(tag));
    assert.deepEqual(external, [], `${file} carga recursos externos`);
    assert.doesNotMatch(html, /@font-face|fonts\.googleapis/, file);
  }
});
