// Playwright never tests a stale server: every run starts its own `astro preview` of dist/ on a port
// that was free, and never reuses whatever already answers there (tests/quality/server.spec.ts checks
// from the browser's side that what it is served is this run's dist/).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

/** The config as Playwright's main process sees it, with `env` as the whole environment. */
function loadConfig(env: NodeJS.ProcessEnv) {
  const script = `const { default: c } = await import(${JSON.stringify(pathToFileURL('playwright.config.ts').href)});
    console.log(JSON.stringify({ baseURL: c.use.baseURL, ...[c.webServer].flat().find((s) => s.command.includes('astro preview')) }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as { baseURL: string; command: string; url: string; reuseExistingServer: boolean };
}

const portOf = (url: string) => Number(new URL(url).port);
const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer().once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

for (const env of [{}, { PREVIEW_PORT: '' }]) test(`without PREVIEW_PORT (${JSON.stringify(env)}): a free port, a fresh astro preview, never an existing server`, async () => {
  const config = loadConfig(env);
  const port = portOf(config.baseURL);
  assert.ok(port > 0);
  assert.equal(config.reuseExistingServer, false);
  assert.equal(portOf(config.url), port);
  assert.equal(config.command, `"${process.execPath}" node_modules/.bin/astro preview --ignore-lock --port ${port} --host 127.0.0.1`);
  assert.ok(await isFree(port), `el puerto ${port} debía estar libre`);
});

test('a port taken by another server is never chosen', async () => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const taken = (busy.address() as { port: number }).port;
  try {
    assert.notEqual(portOf(loadConfig({}).baseURL), taken);
  } finally {
    busy.close();
  }
});

test('PREVIEW_PORT chooses the port by hand, still without reusing a server', () => {
  const config = loadConfig({ PREVIEW_PORT: '4417' });
  assert.equal(config.baseURL, 'http://127.0.0.1:4417');
  assert.match(config.command, / preview --ignore-lock --port 4417 /);
  assert.equal(config.reuseExistingServer, false);
});

test('workers get the port the main process chose (they load the config again)', () => {
  assert.equal(loadConfig({ PLAYWRIGHT_PREVIEW_PORT: '4418', PREVIEW_PORT: '4419' }).baseURL, 'http://127.0.0.1:4418');
});

test('the nginx server of the «nginx» project is fresh too: its own free port, never reused', () => {
  const script = `const { default: c } = await import(${JSON.stringify(pathToFileURL('playwright.config.ts').href)});
    console.log(JSON.stringify([c.webServer].flat()));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH }, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const servers = JSON.parse(run.stdout) as { command: string; url: string; reuseExistingServer: boolean; env?: { PORT: string } }[];
  assert.equal(servers.length, 2);
  const nginx = servers.find((server) => server.command === 'npm run serve:nginx');
  assert.ok(nginx, 'falta el servidor nginx');
  assert.equal(nginx.reuseExistingServer, false);
  assert.equal(portOf(nginx.url), Number(nginx.env?.PORT));
  assert.notEqual(portOf(nginx.url), portOf(servers.find((server) => server !== nginx)!.url));
});
