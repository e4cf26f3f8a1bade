// The site's container image (Dockerfile) on the tests' Docker Engine: built from this folder, that is
// from the dist/ this run built and checked, and run on a free port for the «contenedor» Playwright
// project (tests/run.ts). The tests in tests/deploy/ share the engine npm test started.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../helpers/free-port.ts';
import { ensureDebian } from './debian-stand-in.ts';
import { docker, type Engine, engineEnv, startEngine } from './docker-engine.ts';

/** The image compose.yaml, the Swarm stack and the Kubernetes Deployment run (tests/deploy/ checks they agree). */
export const IMAGE = 'docker-en-el-aula/sitio';
/** What npm test sets for the steps after it starts the engine (tests/run.ts). */
export const ENGINE_VAR = 'AULA_DOCKER_HOST';
/** The files an image's build context holds (.dockerignore), besides the Dockerfile. */
export const CONTEXT_FILES = ['dist', 'dist-nginx/sitio.conf', 'src/server/contenedor.conf'];

/** The engine npm test started, or, for a test file run by hand, one of its own. */
export async function useEngine(): Promise<Pick<Engine, 'env' | 'stop'>> {
  const host = process.env[ENGINE_VAR];
  if (host) return { env: engineEnv(host), stop: async () => {} };
  return startEngine();
}

/** `docker build` of a context with the tag given; what it printed, for the tests that expect a refusal. */
export function buildImage(env: NodeJS.ProcessEnv, context: string, tag: string, ...args: string[]): SpawnSyncReturns<string> {
  ensureDebian(env);
  return spawnSync('docker', ['build', ...args, '-t', `${IMAGE}:${tag}`, context], { env, encoding: 'utf8' });
}

/** The image of this folder, IMAGE:latest; an error with docker's last lines if it cannot be built. */
export function buildSiteImage(env: NodeJS.ProcessEnv): string {
  const run = buildImage(env, '.', 'latest');
  if (run.status !== 0) throw new Error(`docker build del sitio falló:\n${run.stderr.trim().split('\n').slice(-8).join('\n')}`);
  return `${IMAGE}:latest`;
}

/**
 * A throw-away build context: a copy of this folder's (Dockerfile, .dockerignore and CONTEXT_FILES),
 * with `change` applied to it, for a build that differs from this one (a new or a broken build).
 */
export function contextCopy(change: (dir: string) => void = () => {}, files = CONTEXT_FILES): string {
  const dir = mkdtempSync(join(tmpdir(), 'aula-contexto-'));
  for (const file of ['Dockerfile', '.dockerignore', ...files]) cpSync(file, join(dir, file), { recursive: true });
  change(dir);
  return dir;
}

/** Appends a marker to the home page of a context (and drops its stale .gz/.br). */
export function markHomePage(dir: string, marker: string) {
  writeFileSync(join(dir, 'dist/index.html'), `<!-- ${marker} -->\n`, { flag: 'a' });
  spawnSync('rm', ['-f', join(dir, 'dist/index.html.gz'), join(dir, 'dist/index.html.br')]);
}

/** Waits until the container's health check says healthy; an error with its last check otherwise. */
export async function waitHealthy(env: NodeJS.ProcessEnv, container: string, ms = 60_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const status = docker(env, 'inspect', '--format', '{{if .State.Health}}{{.State.Health.Status}}{{end}}', container);
    if (status === 'healthy') return;
    if (Date.now() > deadline || !status) {
      const log = docker(env, 'inspect', '--format', '{{json .State.Health}}', container);
      throw new Error(`El contenedor ${container} no está sano tras ${ms / 1000} s (estado «${status || 'sin HEALTHCHECK'}»): ${log}`);
    }
    await new Promise((done) => setTimeout(done, 500));
  }
}

/** The image of this folder running on a free loopback port, healthy; `stop` removes it. */
export async function startSiteContainer(env: NodeJS.ProcessEnv, name: string): Promise<{ url: string; stop: () => void }> {
  const image = buildSiteImage(env);
  spawnSync('docker', ['rm', '-f', name], { env, stdio: 'ignore' });
  const port = await freePort();
  docker(env, 'run', '-d', '--name', name, '-p', `127.0.0.1:${port}:8080`, image);
  const stop = () => void spawnSync('docker', ['rm', '-f', name], { env, stdio: 'ignore' });
  try {
    await waitHealthy(env, name);
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, stop };
}
