// Outside git the last-updated date falls back to the file's modification time, and says so once.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const MODULE = resolve('src/collections/last-updated.ts');

test('a build outside git warns once, however many files, and uses their modification dates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sin-git-'));
  for (const [name, date] of [['a.mdx', '2024-03-05T12:00:00Z'], ['b.mdx', '2025-07-01T12:00:00Z']] as const) {
    writeFileSync(join(dir, name), '# x\n');
    utimesSync(join(dir, name), new Date(date), new Date(date));
  }
  const script = `import { lastUpdated } from ${JSON.stringify(MODULE)};
console.log(JSON.stringify([lastUpdated('a.mdx'), lastUpdated('b.mdx'), lastUpdated('a.mdx')]));`;
  // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the temporary folder.
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() },
  });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), ['2024-03-05', '2025-07-01', '2024-03-05']);
  const warnings = run.stderr.split('\n').filter((line) => line.includes('[actualizado]'));
  assert.equal(warnings.length, 1, run.stderr);
  assert.match(warnings[0]!, /no hay repositorio git/);
});
