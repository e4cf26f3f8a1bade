import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { NO_BROWSER_HELP } from '../src/browser/chromium.ts';
import { NGINX_HELP } from '../src/server/find-nginx.ts';

test('npm test on a machine with no browser that cannot install one stops at once, with one line', () => {
  // NO_CHROMIUM=1 makes this machine look browserless and rules out installing.
  const run = spawnSync(process.execPath, ['tests/run.ts'], { env: { ...process.env, NO_CHROMIUM: '1' }, encoding: 'utf8', timeout: 30_000 });
  assert.equal(run.status, 1);
  assert.equal(run.stderr, `${NO_BROWSER_HELP}\n`);
  assert.equal(run.stdout, '', 'no step may have started');
});

test('npm test on a machine with no nginx that cannot install it stops at once, with one line', () => {
  // NO_NGINX=1 makes this machine look nginx-less and rules out installing.
  const run = spawnSync(process.execPath, ['tests/run.ts'], { env: { ...process.env, NO_NGINX: '1' }, encoding: 'utf8', timeout: 30_000 });
  assert.equal(run.status, 1);
  assert.equal(run.stderr, `${NGINX_HELP}\n`);
  assert.equal(run.stdout, '', 'no step may have started');
});
