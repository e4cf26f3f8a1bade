// The search integration against real Pagefind, on tiny sites written to a temporary folder.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import search from '../../src/search/integration.ts';

type BuildDone = NonNullable<ReturnType<typeof search>['hooks']['astro:build:done']>;

async function buildDone(dir: string): Promise<string[]> {
  const messages: string[] = [];
  const logger = { info: (message: string) => messages.push(message) };
  const hook = search().hooks['astro:build:done'] as BuildDone;
  await hook({ dir: pathToFileURL(`${dir}/`), logger } as unknown as Parameters<BuildDone>[0]);
  return messages;
}

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

test('indexes each part of the data-pagefind-body of each page, in Spanish', async () => {
  const dir = site({
    'volumenes/index.html':
      '<html lang="es"><body><nav>Menú</nav><main data-pagefind-body><h1>Volúmenes</h1><p>Datos que persisten.</p><h2 id="comandos">Comandos</h2><p>docker volume ls</p></main></body></html>',
  });
  try {
    const messages = await buildDone(dir);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    assert.equal(entry.languages.es.page_count, 2, 'the intro under the h1 and the h2 part');
    assert.ok(existsSync(join(dir, 'pagefind', 'pagefind.js')));
    // The UIs this site does not use are not shipped.
    assert.ok(!existsSync(join(dir, 'pagefind', 'pagefind-component-ui.js')));
    assert.match(messages.join('\n'), /2 partes de página/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a build with no pages to index fails, naming the folder', async () => {
  const dir = site({});
  try {
    await assert.rejects(buildDone(dir), (error: Error) => error.message.includes(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
