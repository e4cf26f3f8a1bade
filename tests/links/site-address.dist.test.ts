// No placeholder address reaches a reader: without SITE_URL the build leaves absolute addresses out.
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const built = globSync('dist/**/*', { withFileTypes: true }).filter((entry) => entry.isFile() && !/\.(gz|br|pagefind|pf_\w+)$/.test(entry.name));

test('sin SITE_URL, ningún archivo de dist/ lleva una dirección .example, una canónica ni un sitemap', { skip: process.env.SITE_URL ? 'SITE_URL está definida: este build sí tiene dirección pública' : false }, () => {
  assert.ok(built.length > 30, `dist/ tiene solo ${built.length} archivos`);
  const withPlaceholder = built.map((e) => `${e.parentPath}/${e.name}`).filter((file) => /\.example\b/.test(readFileSync(file, 'latin1')));
  assert.deepEqual(withPlaceholder, []);
  const canonical = built.filter((e) => e.name.endsWith('.html')).map((e) => `${e.parentPath}/${e.name}`).filter((file) => /rel="canonical"|og:url|rel="sitemap"/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(canonical, []);
  assert.deepEqual(globSync('dist/sitemap*'), []);
  const json = JSON.parse(readFileSync('dist/enlaces.json', 'utf8'));
  assert.equal(json.sitio, undefined);
  assert.equal(json.$schema, '/enlaces.schema.json');
  assert.ok(json.enlaces.every((e: Record<string, unknown>) => !('url' in e) && !('urlCorta' in e)));
});
