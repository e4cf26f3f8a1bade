import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { NO_BROWSER_HELP } from '../src/browser/chromium.ts';
import { NGINX_HELP } from '../src/server/find-nginx.ts';
import { nodeSkips, nodeTest, playwrightCounts, playwrightProjectRan, playwrightSkipped } from './helpers/run-report.ts';

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

test('no test can skip itself', () => {
  // A skip hides a gate that stopped checking: a test that cannot run must fail and say why.
  const SKIP = /\btest\.(?:skip|fixme|only)\(|\b(?:describe|it|t)\.(?:skip|todo)\(|\{\s*(?:skip|todo)\s*:|\btest\.describe\.(?:skip|fixme|only)\(/;
  const files = globSync('tests/**/*.ts').filter((file) => !/(^|\/)fixtures\//.test(file));
  assert.ok(files.length > 30, `solo ${files.length} archivos de tests`);
  const offenders = files.filter((file) => SKIP.test(readFileSync(file, 'utf8')));
  assert.deepEqual(offenders, []);
});

test('the summary counts and names skips from node --test and from Playwright', () => {
  const spec = [
    '✔ uno (1.2ms)',
    '﹣ dos builds del mismo commit son idénticos byte a byte (0.98ms) # solo en CI',
    'ℹ tests 3',
    'ℹ pass 1',
    'ℹ fail 1',
    'ℹ skipped 1',
    'ℹ todo 0',
  ].join('\n');
  assert.deepEqual(nodeTest(spec), { passed: 1, failed: 1, skipped: 1 });
  assert.deepEqual(nodeSkips(spec), ['dos builds del mismo commit son idénticos byte a byte — solo en CI']);
  const report = {
    stats: { expected: 5, unexpected: 1, flaky: 1, skipped: 1 },
    suites: [{ suites: [{ specs: [{ title: 'teclado', file: 'quality/keyboard.spec.ts', tests: [{ status: 'skipped', annotations: [{ type: 'skip', description: 'sin página' }] }] }] }] }],
  };
  assert.deepEqual(playwrightCounts(report), { passed: 5, failed: 2, skipped: 1 });
  assert.deepEqual(playwrightSkipped(report), ['quality/keyboard.spec.ts: teclado — sin página']);
  assert.deepEqual(playwrightCounts(undefined), { passed: 0, failed: 1, skipped: 0 }, 'sin informe, el paso falló');
});

test('a Playwright project that ran no test is told apart from one that ran (the «contenedor» guard)', () => {
  const tests = (project: string, status: string) => ({ status, projectName: project });
  const report = {
    stats: { expected: 2, unexpected: 0, flaky: 0, skipped: 1 },
    suites: [{ suites: [{ specs: [{ title: 'cabeceras', file: 'server/nginx.spec.ts', tests: [tests('nginx', 'expected'), tests('contenedor', 'expected'), tests('preview', 'skipped')] }] }] }],
  };
  assert.equal(playwrightProjectRan(report, 'contenedor'), 1);
  assert.equal(playwrightProjectRan(report, 'preview'), 0, 'skipped is not run');
  assert.equal(playwrightProjectRan({ ...report, suites: [] }, 'contenedor'), 0);
  assert.equal(playwrightProjectRan(undefined, 'contenedor'), 0);
});
