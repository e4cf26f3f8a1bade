// A quiet install (issue 19): `npm install` runs under the system Node (20 on a new machine) and would
// print one EBADENGINE warning per package that needs Node 22, though every script runs under the
// lock file's Node 24. .npmrc shows only errors; these tests prove that is all it hides: under Node 24
// npm has nothing to warn about, and under the system Node every warning is an engine warning.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { test } from 'node:test';

/** npm's own script, as the running npm gives it, else the one on PATH. */
function npmCli(): string {
  if (process.env.npm_execpath && existsSync(process.env.npm_execpath)) return process.env.npm_execpath;
  const found = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
  assert.ok(found, 'no hay npm en el PATH');
  return realpathSync(found);
}

/** The first `node` on PATH outside node_modules: the one that runs `npm install`. */
function systemNode(): string {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir && !dir.includes('node_modules'));
  const found = dirs.map((dir) => join(dir, 'node')).find((file) => existsSync(file));
  assert.ok(found, 'no hay un Node del sistema en el PATH');
  return found;
}

/** The warnings of an install that changes nothing (the tree is in place), with this Node. */
function installWarnings(node: string): string[] {
  const run = spawnSync(node, [npmCli(), 'install', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=warn'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => /^npm warn/i.test(line));
}

test('.npmrc shows npm errors only, never a lower level, and no funding or update notices', () => {
  const settings = readFileSync('.npmrc', 'utf8').split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  assert.deepEqual(settings, ['loglevel=error', 'fund=false', 'update-notifier=false']);
});

test('under the Node the scripts run with (the lock file’s), npm has nothing to warn about', () => {
  assert.match(process.version, /^v24\./, 'los tests corren con el Node 24 del paquete «node»');
  assert.deepEqual(installWarnings(process.execPath), []);
});

test('under the system Node, the only warnings .npmrc hides are engine warnings', () => {
  const warnings = installWarnings(systemNode());
  const version = spawnSync(systemNode(), ['--version'], { encoding: 'utf8' }).stdout.trim();
  // A system Node below 22 is the case the setting is for: it must produce the warnings it hides.
  if (Number(/^v(\d+)/.exec(version)![1]) < 22) assert.ok(warnings.length > 0, `el Node del sistema (${version}) no avisa de nada`);
  assert.deepEqual(warnings.filter((line) => !line.startsWith('npm warn EBADENGINE')), []);
});
