// No placeholder address reaches a reader: a real build without SITE_URL leaves absolute addresses
// out (npm test's own build has one, so this builds a copy of the project without it).
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { buildFixture } from '../helpers/fixture-build.ts';

const build = buildFixture('content', { SITE_URL: '' });
after(() => build.cleanup());

test('sin SITE_URL, el build avisa una vez y ningún archivo lleva una dirección .example, una canónica, un sitemap ni enlaces al kit que la necesita', () => {
  assert.equal(build.status, 0, build.output);
  assert.equal(build.output.match(/Sin SITE_URL/g)?.length, 1, 'un solo aviso');
  const built = globSync(`${build.outDir}/**/*`, { withFileTypes: true }).filter((entry) => entry.isFile() && !/\.(gz|br|pagefind|pf_\w+|png)$/.test(entry.name));
  assert.ok(built.length > 30, `dist/ tiene solo ${built.length} archivos`);
  const path = (e: (typeof built)[number]) => `${e.parentPath}/${e.name}`;
  assert.deepEqual(built.map(path).filter((file) => /\.example\b/.test(readFileSync(file, 'latin1'))), []);
  const html = built.filter((e) => e.name.endsWith('.html')).map(path);
  assert.deepEqual(html.filter((file) => /rel="canonical"|og:url|og:image|rel="sitemap"/.test(readFileSync(file, 'utf8'))), []);
  // QR codes and PDFs hold the public address: without it there are none, and nothing links to them.
  assert.deepEqual(html.filter((file) => /href="\/(qr|descargas)\//.test(readFileSync(file, 'utf8'))), []);
  assert.deepEqual(globSync(`${build.outDir}/sitemap*`), []);
  const json = JSON.parse(readFileSync(`${build.outDir}/enlaces.json`, 'utf8'));
  assert.equal(json.sitio, undefined);
  assert.equal(json.$schema, '/enlaces.schema.json');
  assert.ok(json.enlaces.every((e: Record<string, unknown>) => !('url' in e) && !('urlCorta' in e)));
});
