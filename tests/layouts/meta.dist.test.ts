import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, readPages } from '../helpers/dist-pages.ts';

const pages = readPages();
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
/** Redirect pages (short URLs) and the 404 page are not content: they are not canonical. */
const contentPages = pages.filter(({ html }) => !/<meta name="robots" content="noindex"/.test(html));

test('every page is Spanish and titled, and every page to read is described', () => {
  assert.ok(pages.length >= 5, `solo hay ${pages.length} páginas en dist/`);
  for (const { file, html } of pages) {
    assert.match(html, /^<!DOCTYPE html><html lang="es"/i, file);
    assert.ok(attr(html, /<title>([^<]+)<\/title>/), `${file}: sin <title>`);
    if (/<meta http-equiv="refresh"/.test(html)) continue; // short URLs: a redirect, not a page to read
    assert.ok((attr(html, /<meta name="description" content="([^"]+)"/) ?? '').length >= 30, `${file}: sin descripción`);
  }
});

/** Canonical URLs and the sitemap need the public address: a build without SITE_URL has neither. */
const noSite = existsSync(join(DIST, 'sitemap-index.xml')) ? false : 'build sin SITE_URL: ni canónicas ni sitemap (tests/links/site-address.dist.test.ts)';

test('content pages have a canonical URL and OpenGraph tags that agree with it', { skip: noSite }, () => {
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

test('the sitemap lists exactly the canonical content pages', { skip: noSite }, () => {
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
  const canonical = contentPages.map(({ path }) => path).sort();
  assert.deepEqual(listed, canonical);
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
