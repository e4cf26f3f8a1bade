// Diagram promises on a real build of the fixture site (tests/setup/fixture-site.ts): two new
// diagrams in two files are drawn by ONE Chromium, and `diagrams:prune` keeps exactly the SVGs
// that content uses — the ones that build wrote — in a temp copy, never in the real cache.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { copyProject } from '../helpers/fixture-build.ts';
import { FIXTURE_CACHE, FIXTURE_CONTENT, FIXTURE_DIST, readFixtureSite } from '../setup/fixture-site.ts';

const report = readFixtureSite();
const REAL_CACHE = resolve('src/diagrams/cache');

test('one Chromium per build: two new diagrams in two files start the browser once', () => {
  assert.equal(report.status, 0, report.output);
  assert.equal(report.chromiumStarts.length, 1, `Chromium arrancó ${report.chromiumStarts.length} veces`);
  assert.equal(report.cacheAdded.length, 2, 'los dos diagramas nuevos se guardan en la caché');
  for (const [page, figure] of [['volumenes', 'figura-1-7'], ['redes', 'figura-1-8']] as const) {
    assert.match(readFileSync(join(FIXTURE_DIST, page, 'index.html'), 'utf8'), new RegExp(`<svg id="${figure}-svg"[^>]* role="img"`), figure);
  }
});

test('diagrams:prune deletes the SVGs no content uses and keeps the ones the build wrote (in a copy)', () => {
  const digest = () =>
    readdirSync(REAL_CACHE)
      .sort()
      .map((name) => `${name} ${createHash('sha256').update(readFileSync(join(REAL_CACHE, name))).digest('hex')}`);
  const before = digest();
  const dir = copyProject(FIXTURE_CONTENT);
  try {
    const cache = join(dir, 'src/diagrams/cache');
    rmSync(cache, { recursive: true });
    cpSync(FIXTURE_CACHE, cache, { recursive: true });
    const stale = `${'0'.repeat(64)}.svg`;
    writeFileSync(join(cache, stale), '<svg/>');
    writeFileSync(join(cache, 'LEEME.txt'), 'no es un SVG: prune no lo toca');
    const committed = readdirSync(REAL_CACHE).filter((name) => name.endsWith('.svg'));
    assert.ok(committed.length > 0);

    const run = spawnSync(process.execPath, ['src/diagrams/prune.ts'], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(readdirSync(cache).sort(), [...report.cacheAdded, 'LEEME.txt'].sort());
    const removed = [...committed, stale].sort();
    const lines = run.stdout.trim().split('\n');
    assert.deepEqual(lines.slice(0, -1).sort(), removed.map((name) => `borrado src/diagrams/cache/${name}`));
    assert.equal(lines.at(-1), `${removed.length} SVG sin uso borrados; 2 diagramas en 2 archivos de contenido.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(digest(), before, 'la caché real no se toca');
});
