// The Docker Engine that the labs (tests/labs/) and the site's image (tests/deploy/) run on: Debian's
// docker.io, started by the test run with a socket, data and state of its own under ENGINE_DIR, so it
// never touches an engine the machine already has, and stopped afterwards. Docker Hub is out of reach,
// so it is replaced by a local registry (Debian's docker-registry) set as the engine's registry mirror:
// `docker run alpine:3.24` really pulls, from stand-in images built here (stand-in-images.ts).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pushStandIns } from './stand-in-images.ts';
import { aptInstall, canInstall, SYSTEM_PACKAGES } from './system-packages.ts';

export const ENGINE_DIR = '/var/tmp/aula-docker';
const SOCKET = `unix://${ENGINE_DIR}/docker.sock`;
export const MIRROR = '127.0.0.1:5055';
const LOG = `${ENGINE_DIR}.log`;
// The CLI from the engine's own package first on PATH: a newer CLI elsewhere (this machine has 28 in
// /usr/local/bin) accepts files that Debian 12's 20.10 rejects, and a new machine has only the latter.
const DEBIAN_CLI_DIR = '/usr/bin';
const HELP = `Las prácticas y la imagen del sitio se prueban contra un Docker Engine real: instala «${SYSTEM_PACKAGES.docker.join(' ')}» (apt-get, como root) y repite.`;

export interface Engine {
  /** The environment a lab's shell gets: DOCKER_HOST points at this engine. */
  env: NodeJS.ProcessEnv;
  version: string;
  stop: () => Promise<void>;
}

const missing = () => ['dockerd', 'docker', 'docker-registry', 'busybox', 'debootstrap', 'docker-compose'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);

export async function startEngine(): Promise<Engine> {
  if (missing().length) {
    if (!canInstall()) throw new Error(`Falta ${missing().join(', ')}. ${HELP}`);
    console.log(`Faltan ${missing().join(', ')}: instalando los paquetes de Debian («apt-get install ${SYSTEM_PACKAGES.docker.join(' ')}»)…`);
    const run = aptInstall(SYSTEM_PACKAGES.docker);
    if (!run.ok || missing().length) throw new Error(`No se pudo instalar Docker Engine (${run.ok ? `sigue faltando ${missing().join(', ')}` : run.why}). ${HELP}`);
  }
  stopLeftovers();
  rmSync(ENGINE_DIR, { recursive: true, force: true });
  mkdirSync(ENGINE_DIR, { recursive: true });
  const registry = startRegistry();
  const dockerd = spawn(
    'dockerd',
    ['-H', SOCKET, '--data-root', join(ENGINE_DIR, 'data'), '--exec-root', join(ENGINE_DIR, 'exec'), '--pidfile', join(ENGINE_DIR, 'docker.pid'), '--registry-mirror', `http://${MIRROR}`],
    { stdio: ['ignore', 'ignore', openSync(LOG, 'w')], detached: true },
  );
  const env = engineEnv(SOCKET);
  const stop = async () => void (await Promise.all([dockerd, registry].map(end)));
  const version = await until(() => docker(env, 'version', '--format', '{{.Server.Version}}'), 60_000).catch(() => {
    void stop();
    throw new Error(`dockerd no arrancó en 60 s. Últimas líneas de su registro (${LOG}):\n${readFileSync(LOG, 'utf8').trim().split('\n').slice(-6).join('\n')}`);
  });
  await until(() => (spawnSync('curl', ['-sf', `http://${MIRROR}/v2/`]).status === 0 ? 'ok' : ''), 20_000);
  try {
    pushStandIns(env, MIRROR);
  } catch (error) {
    await stop();
    throw error;
  }
  return { env, version: version.replace(/\+.*/, ''), stop };
}

/** The environment of a `docker` talking to the engine at `host`, with Debian's CLI. */
export const engineEnv = (host: string): NodeJS.ProcessEnv => ({ ...process.env, PATH: `${DEBIAN_CLI_DIR}:${process.env.PATH}`, DOCKER_HOST: host, DOCKER_CLI_HINTS: 'false' });

/** `docker …` against the lab engine; its stdout trimmed, or an error with what it printed. */
export function docker(env: NodeJS.ProcessEnv, ...args: string[]): string {
  const run = spawnSync('docker', args, { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`docker ${args.join(' ')}: ${(run.stderr || run.stdout).trim()}`);
  return run.stdout.trim();
}

function startRegistry(): ChildProcess {
  const config = join(ENGINE_DIR, 'registry.yml');
  writeFileSync(config, `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${ENGINE_DIR}/registry\nhttp:\n  addr: ${MIRROR}\n`);
  return spawn('docker-registry', ['serve', config], { stdio: 'ignore', detached: true });
}

/**
 * A run that was killed leaves its dockerd, containerd, shims and mounts behind: they would hold the
 * socket and the data. Every process and mount named after ENGINE_DIR goes, SIGKILL after 20 s.
 */
function stopLeftovers() {
  spawnSync('sh', ['-c', `pkill -f ${ENGINE_DIR} || exit 0; for i in $(seq 40); do pgrep -f ${ENGINE_DIR} >/dev/null || break; sleep 0.5; done; pkill -9 -f ${ENGINE_DIR}; sleep 0.5`]);
  spawnSync('sh', ['-c', `grep -o ' ${ENGINE_DIR}[^ ]*' /proc/mounts | sort -r | xargs -r -n1 umount -l`]);
}

/** SIGTERM to the process group (dockerd's containerd too), SIGKILL after 20 s. */
async function end(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise((done) => child.once('exit', done));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {}
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

async function until(probe: () => string, ms: number): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const value = probe();
      if (value) return value;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error('tiempo agotado');
    await new Promise((done) => setTimeout(done, 300));
  }
}
