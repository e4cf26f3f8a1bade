import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, sep } from 'node:path';
import { test } from 'node:test';

const guard = (version: string) =>
  spawnSync(process.execPath, ['src/utils/require-node.mjs'], {
    env: { ...process.env, REQUIRE_NODE_VERSION_UNDER_TEST: version },
    encoding: 'utf8',
  });

test('the Node guard rejects an old Node with one clear line', () => {
  for (const old of ['20.20.2', '22.11.0', '18.0.0']) {
    const run = guard(old);
    assert.equal(run.status, 1, `Node ${old} debería rechazarse`);
    assert.match(run.stderr, new RegExp(`necesita Node >= 22\\.12 y se está usando Node ${old.replaceAll('.', '\\.')}`));
    assert.equal(run.stderr.trim().split('\n').length, 1);
  }
});

test('the Node guard lets a supported Node through silently', () => {
  for (const ok of ['22.12.0', '24.0.0', '26.1.0']) {
    const run = guard(ok);
    assert.equal(run.status, 0, `Node ${ok} debería aceptarse`);
    assert.equal(run.stderr, '');
  }
});

// The machine's own Node (20 on CI) must meet the guard for real, not through the variable above: the
// first `node` on PATH outside node_modules (npm itself runs on one, so there always is one).
const SYSTEM_NODE = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((dir) => dir && !dir.split(sep).includes('node_modules'))
  .map((dir) => join(dir, 'node'))
  .find((path) => existsSync(path));

test('the system Node is judged by its real version', () => {
  assert.ok(SYSTEM_NODE, `no hay en el PATH un Node fuera de node_modules con el que probar la guarda (PATH=${process.env.PATH})`);
  const version = spawnSync(SYSTEM_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const tooOld = major < 22 || (major === 22 && minor < 12);
  const run = spawnSync(SYSTEM_NODE, ['src/utils/require-node.mjs'], { encoding: 'utf8' });
  assert.equal(run.status, tooOld ? 1 : 0, `Node ${version}: ${run.stderr}`);
});
