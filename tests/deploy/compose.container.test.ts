// compose.yaml brought up for real, with the Compose a fresh Debian machine gets (Debian's
// docker-compose, v1; Docker's `docker compose` plugin reads the same file): it builds the image from
// this folder, serves the site on PORT, says it is healthy, and `down` leaves nothing behind.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { freePort } from '../helpers/free-port.ts';
import { ensureDebian } from '../setup/debian-stand-in.ts';
import { docker, type Engine } from '../setup/docker-engine.ts';
import { IMAGE, waitHealthy, useEngine } from '../setup/site-image.ts';

const PROJECT = 'aula-prueba-compose';
let engine: Pick<Engine, 'env' | 'stop'>;
let env: NodeJS.ProcessEnv;
let port: number;

const compose = (...args: string[]) => {
  const run = spawnSync('docker-compose', ['--project-name', PROJECT, ...args], { env, encoding: 'utf8' });
  assert.equal(run.status, 0, `docker-compose ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
};

before(async () => {
  engine = await useEngine();
  ensureDebian(engine.env);
  port = await freePort();
  env = { ...engine.env, PORT: String(port) };
}, { timeout: 10 * 60_000 });
after(async () => {
  if (env) spawnSync('docker-compose', ['--project-name', PROJECT, 'down'], { env, stdio: 'ignore' });
  await engine?.stop();
});

test('docker-compose up --build sirve el sitio en PORT y está sano; down no deja nada', { timeout: 10 * 60_000 }, async () => {
  compose('up', '--detach', '--build');
  const id = compose('ps', '--quiet', 'sitio');
  assert.match(id, /^[0-9a-f]{64}$/);
  assert.equal(docker(engine.env, 'inspect', '--format', '{{.Config.Image}}', id), `${IMAGE}:latest`);
  await waitHealthy(engine.env, id);
  const home = await fetch(`http://127.0.0.1:${port}/`);
  assert.equal(home.status, 200);
  const short = await fetch(`http://127.0.0.1:${port}/1.13.3`, { redirect: 'manual' });
  assert.equal(short.status, 301);
  assert.match(short.headers.get('location') ?? '', /^\/objetos-de-docker\/#/);
  compose('down');
  assert.equal(docker(engine.env, 'ps', '--all', '--quiet', '--filter', `label=com.docker.compose.project=${PROJECT}`), '');
  assert.equal(docker(engine.env, 'network', 'ls', '--quiet', '--filter', `name=${PROJECT}`), '');
});
