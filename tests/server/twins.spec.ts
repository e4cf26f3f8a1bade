// The Markdown twins and llms.txt (src/twins/) through the production server: their types, in UTF-8, as built.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { LinkIndex } from '../../src/links/link-index.ts';
import { LLMS_PATH, twinPath } from '../../src/twins/paths.ts';

const DIST = process.env.DIST ?? 'dist';
const index = JSON.parse(readFileSync(join(DIST, 'enlaces.json'), 'utf8')) as LinkIndex;
const twins = index.enlaces.filter((entry) => entry.tipo === 'seccion' && entry.numero).map((entry) => twinPath(entry.numero!));

test('los textos en Markdown salen como text/markdown y llms.txt como text/plain, en UTF-8 y tal como se construyeron', async ({ request }) => {
  expect(twins).toHaveLength(3);
  const cases: [string, string][] = [...twins.map((path): [string, string] => [path, 'text/markdown; charset=utf-8']), [LLMS_PATH, 'text/plain; charset=utf-8']];
  for (const [path, type] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(await response.text(), path).toBe(readFileSync(join(DIST, path), 'utf8'));
  }
});
