// `npm run serve:nginx`: dist/ served by Debian's nginx with exactly the site config the build wrote
// (dist-nginx/sitio.conf), in the foreground on PORT (8080 by default), with its pid and temp files
// in a temp folder: no root paths, no daemon. Ctrl+C stops it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { findNginx, NGINX_HELP } from './find-nginx.ts';
import { SITE_CONFIG } from './integration.ts';
import { mainConfig } from './nginx.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port <= 0) fail(`PORT debe ser un número de puerto (es «${process.env.PORT}»)`);
const nginx = findNginx() ?? fail(NGINX_HELP);

if (!existsSync('dist/index.html') || !existsSync(SITE_CONFIG)) {
  console.log('No hay build: ejecutando «astro build»…');
  const build = spawnSync('astro', ['build'], { stdio: 'inherit', shell: true });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const prefix = mkdtempSync(join(tmpdir(), 'docker-en-el-aula-nginx-'));
const config = join(prefix, 'nginx.conf');
writeFileSync(
  config,
  mainConfig({
    port,
    root: resolve('dist'),
    site: resolve(SITE_CONFIG),
    prefix,
    brotliModule: nginx.brotliModule,
    ...(process.getuid?.() === 0 ? { user: userInfo().username } : {}),
  }),
);
const server = spawn(nginx.binary, ['-p', prefix, '-c', config, '-e', 'stderr'], { stdio: 'inherit' });
console.log(`nginx sirve dist/ en http://localhost:${port}/ con ${SITE_CONFIG} (Ctrl+C para parar)`);
// nginx stops at once on SIGTERM/SIGINT; the temp folder goes with it.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? (signal ? 0 : 1));
});
