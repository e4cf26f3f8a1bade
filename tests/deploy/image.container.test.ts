// The site's image (Dockerfile) on a real Docker Engine: built from this run's dist/, it holds only
// what it copies, serves exactly those files with Debian's nginx, is healthy, stops with SIGQUIT, and
// refuses, in Spanish, a context without the build or without a PDF that the pages link.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { docker, type Engine } from '../setup/docker-engine.ts';
import { buildImage, buildSiteImage, contextCopy, IMAGE, startSiteContainer, useEngine, waitHealthy } from '../setup/site-image.ts';

let engine: Pick<Engine, 'env' | 'stop'>;
let image: string;
const contexts: string[] = [];

before(async () => {
  engine = await useEngine();
  image = buildSiteImage(engine.env);
}, { timeout: 10 * 60_000 });
after(async () => {
  for (const dir of contexts) rmSync(dir, { recursive: true, force: true });
  await engine?.stop();
});

test('el contexto de la imagen es solo dist/, dist-nginx/sitio.conf y src/server/contenedor.conf (.dockerignore)', () => {
  const run = buildImage(engine.env, '.', 'contexto', '--target', 'contexto');
  assert.equal(run.status, 0, run.stderr);
  const outside = docker(engine.env, 'run', '--rm', `${IMAGE}:contexto`, 'find', '/contexto', '-path', '/contexto/dist', '-prune', '-o', '-type', 'f', '-print');
  docker(engine.env, 'image', 'rm', `${IMAGE}:contexto`);
  assert.deepEqual(outside.split('\n').sort(), ['/contexto/dist-nginx/sitio.conf', '/contexto/src/server/contenedor.conf']);
});

test('la imagen sirve byte a byte el dist/ de esta ejecución', () => {
  const local = new Map(globSync('**/*', { cwd: 'dist', withFileTypes: true }).filter((e) => e.isFile()).map((e) => {
    const path = join(e.parentPath, e.name);
    return [path.slice('dist/'.length), createHash('sha256').update(readFileSync(path)).digest('hex')];
  }));
  assert.ok(local.size > 100, `solo ${local.size} archivos en dist/`);
  const listing = docker(engine.env, 'run', '--rm', image, 'bash', '-c', 'cd /usr/share/nginx/html && find . -type f -exec sha256sum {} +');
  const served = new Map(listing.split('\n').map((line) => {
    const [hash, path] = line.split(/\s+\.\//);
    return [path!, hash!];
  }));
  assert.deepEqual(served, local);
});

test('el contenedor está sano, sirve el sitio y sus PDF, y se para con SIGQUIT sin esperar al plazo', async () => {
  const config = JSON.parse(docker(engine.env, 'image', 'inspect', '--format', '{{json .Config}}', image)) as { StopSignal?: string; Healthcheck?: { Test: string[] } };
  assert.equal(config.StopSignal, 'SIGQUIT');
  assert.ok(config.Healthcheck?.Test.length, 'la imagen no tiene HEALTHCHECK');
  const container = await startSiteContainer(engine.env, 'aula-prueba-imagen');
  try {
    const home = await fetch(`${container.url}/`);
    assert.equal(home.status, 200);
    const pdfs = [...new Set([...(await home.text()).matchAll(/href="(\/descargas\/[^"]+\.pdf)"/g)].map((m) => m[1]!))];
    assert.equal(pdfs.length, 4);
    for (const pdf of pdfs) {
      const response = await fetch(`${container.url}${pdf}`);
      assert.equal(response.status, 200, pdf);
      assert.equal(response.headers.get('content-type'), 'application/pdf', pdf);
    }
    const short = await fetch(`${container.url}/1.13`, { redirect: 'manual' });
    assert.equal(short.status, 301);
    assert.equal(short.headers.get('location'), '/objetos-de-docker/');
    const started = Date.now();
    docker(engine.env, 'stop', 'aula-prueba-imagen');
    assert.ok(Date.now() - started < 5_000, `docker stop tardó ${Date.now() - started} ms: nginx no atendió la señal de parada`);
    assert.equal(docker(engine.env, 'inspect', '--format', '{{.State.ExitCode}}', 'aula-prueba-imagen'), '0');
  } finally {
    container.stop();
  }
});

test('una descarga a medias acaba entera aunque se pare el contenedor: nginx recibe SIGQUIT y termina lo que sirve', { timeout: 5 * 60_000 }, async () => {
  // Bigger than every buffer between nginx and the client, so nginx is still sending when it is stopped.
  const size = 32 << 20;
  const context = contextCopy((dir) => writeFileSync(join(dir, 'dist/grande.bin'), Buffer.alloc(size, 1)));
  contexts.push(context);
  assert.equal(buildImage(engine.env, context, 'grande', '--quiet').status, 0);
  const name = 'aula-prueba-parada';
  spawnSync('docker', ['rm', '-f', name], { env: engine.env, stdio: 'ignore' });
  docker(engine.env, 'run', '-d', '--name', name, `${IMAGE}:grande`);
  try {
    await waitHealthy(engine.env, name);
    // Straight to the container's address: a published port's docker-proxy is killed with the container,
    // and what it still holds is lost whatever nginx does.
    const ip = docker(engine.env, 'inspect', '--format', '{{.NetworkSettings.IPAddress}}', name);
    const response = await new Promise<IncomingMessage>((done, fail) => get(`http://${ip}:8080/grande.bin`, done).on('error', fail));
    response.pause();
    // A cut shows as fewer bytes (and an «aborted» error, left to the assertion below).
    const closed = new Promise((done) => response.on('error', () => {}).on('close', done));
    const stopped = once(spawn('docker', ['stop', name], { env: engine.env, stdio: 'ignore' }), 'exit');
    // Read on once nginx is stopping: its worker says so, or it is gone.
    const stopping = () => {
      const top = spawnSync('docker', ['top', name], { env: engine.env, encoding: 'utf8' });
      return top.status !== 0 || /shutting down/.test(top.stdout);
    };
    while (!stopping()) await new Promise((done) => setTimeout(done, 100));
    let received = 0;
    response.on('data', (chunk: Buffer) => (received += chunk.length));
    response.resume();
    await closed;
    await stopped;
    assert.equal(received, size, `la descarga se cortó en ${received} de ${size} bytes al parar el contenedor`);
  } finally {
    spawnSync('docker', ['rm', '-f', name], { env: engine.env, stdio: 'ignore' });
    spawnSync('docker', ['image', 'rm', `${IMAGE}:grande`], { env: engine.env, stdio: 'ignore' });
  }
});

test('sin build, o sin un PDF que enlazan las páginas, docker build se niega y dice qué ejecutar', () => {
  const withoutBuild = contextCopy(() => {}, ['src/server/contenedor.conf']);
  const withoutPdf = contextCopy((dir) => rmSync(join(dir, 'dist/descargas/docker-en-el-aula-1.14.pdf')));
  contexts.push(withoutBuild, withoutPdf);
  const cases: [string, string][] = [
    [withoutBuild, 'docker build: falta dist/ (el sitio construido). Ejecuta antes «npm run build && npm run pdf» (ver «Despliegue» en README.md).'],
    [withoutPdf, 'docker build: falta dist/descargas/docker-en-el-aula-1.14.pdf, que enlazan las páginas. Ejecuta antes «npm run build && npm run pdf» (ver «Despliegue» en README.md).'],
  ];
  assert.equal(cases.length, 2);
  for (const [context, message] of cases) {
    const run = buildImage(engine.env, context, 'rechazada', '--no-cache', '--target', 'contexto');
    assert.notEqual(run.status, 0, `${context}: la imagen se construyó`);
    assert.ok(`${run.stdout}${run.stderr}`.includes(message), `${context}: no dice «${message}»:\n${run.stdout}${run.stderr}`);
  }
});
