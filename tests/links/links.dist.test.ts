import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkLinks, formatBroken } from './link-check.ts';
import type { LinkIndex } from '../../src/links/link-index.ts';

const { sitio } = JSON.parse(readFileSync('dist/enlaces.json', 'utf8')) as LinkIndex;
// Without SITE_URL no page carries an absolute address of the site: any origin will do.
const result = checkLinks({ dist: 'dist', root: '.', site: sitio ?? 'http://localhost/' });

test('every internal address and #fragment in dist/ resolves', () => {
  assert.ok(result.pages > 3, `dist/ tiene solo ${result.pages} páginas: ¿se hizo el build?`);
  assert.equal(result.broken.length, 0, `Enlaces rotos:\n  ${result.broken.map(formatBroken).join('\n  ')}`);
});

test('external links: a report, no network (each must be https)', (t) => {
  t.diagnostic(`${result.external.length} enlaces externos (no se comprueban: no hay red):`);
  for (const { source, href } of result.external) t.diagnostic(`  ${href}  ← ${source}`);
  assert.ok(result.external.every(({ href }) => href.startsWith('https://')));
});
