import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sha256 } from '../../src/page-styles/inline.ts';
import { isRedirect, readPages } from '../helpers/dist-pages.ts';

const pages = readPages().filter((page) => !isRedirect(page.html));

test('every page carries its styles in one <style>, allowed by its own CSP, and links no stylesheet', () => {
  assert.ok(pages.length >= 12, `${pages.length} páginas`);
  for (const { path, html } of pages) {
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    assert.equal(styles.length, 1, `${path}: ${styles.length} <style>`);
    assert.doesNotMatch(html, /<link rel="stylesheet"/, path);
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
    assert.ok(policy.includes(sha256(styles[0]!)), `${path}: la CSP no permite su <style>`);
  }
});

test('a section page carries only what it can use: not the home page list nor /enlaces/ table', () => {
  const section = pages.find((page) => page.path === '/orquestacion-de-contenedores/')!;
  const style = /<style>([\s\S]*?)<\/style>/.exec(section.html)![1]!;
  assert.doesNotMatch(style, /\.home-sections|\.link-table|\.search-dialog|\.figure-viewer\{/);
  assert.match(style, /\.code-block|\.toc/);
});

test('every stylesheet left in dist/ is one a script loads on demand', () => {
  const sheets = globSync('dist/_astro/*.css');
  const scripts = globSync('dist/_astro/*.js').map((file) => readFileSync(file, 'utf8')).join('\n');
  assert.ok(sheets.length >= 2, sheets.join(' '));
  for (const sheet of sheets) assert.ok(scripts.includes(sheet.slice('dist/_astro/'.length)), `${sheet}: ningún script lo carga`);
});
