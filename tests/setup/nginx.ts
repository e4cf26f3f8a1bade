// `npm test` sets up the production server like its browser: with no nginx (or no brotli_static
// module), a root machine with apt-get gets Debian's packages (one line says so); any other machine
// stops at once with one line, before a single test runs.
import { spawnSync } from 'node:child_process';
import { findNginx, NGINX_HELP } from '../../src/server/find-nginx.ts';
import { canInstall } from './chromium.ts';

const APT_INSTALL = 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-static';

export function ensureNginx(env: NodeJS.ProcessEnv = process.env): string {
  const found = env.NO_NGINX === '1' ? undefined : findNginx();
  if (found) return found.binary;
  if (env.NO_NGINX === '1' || !canInstall(env)) throw new Error(NGINX_HELP);
  console.log('No hay nginx con brotli_static: instalando los paquetes de Debian («apt-get install nginx libnginx-mod-http-brotli-static»)…');
  const run = spawnSync('sh', ['-c', APT_INSTALL], { encoding: 'utf8' });
  const installed = run.status === 0 ? findNginx() : undefined;
  if (!installed) {
    const why = `${run.stderr ?? ''}`.trim().split('\n').at(-1) || `apt-get terminó con el código ${run.status}`;
    throw new Error(`No se pudo instalar nginx (${why}). ${NGINX_HELP}`);
  }
  return installed.binary;
}
