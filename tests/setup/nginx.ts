// `npm test` sets up the production server like its browser: with no nginx (or no brotli_static
// module), a root machine with apt-get gets Debian's packages (one line says so); any other machine
// stops at once with one line, before a single test runs.
import { findNginx, NGINX_HELP } from '../../src/server/find-nginx.ts';
import { aptInstall, canInstall, SYSTEM_PACKAGES } from './system-packages.ts';

export function ensureNginx(env: NodeJS.ProcessEnv = process.env): string {
  const found = env.NO_NGINX === '1' ? undefined : findNginx();
  if (found) return found.binary;
  if (env.NO_NGINX === '1' || !canInstall(env)) throw new Error(NGINX_HELP);
  console.log(`No hay nginx con brotli_static: instalando los paquetes de Debian («apt-get install ${SYSTEM_PACKAGES.nginx.join(' ')}»)…`);
  const run = aptInstall(SYSTEM_PACKAGES.nginx);
  const installed = run.ok ? findNginx() : undefined;
  if (!installed) throw new Error(`No se pudo instalar nginx (${run.ok ? 'no aparece tras instalarlo' : run.why}). ${NGINX_HELP}`);
  return installed.binary;
}
