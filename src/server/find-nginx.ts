import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian's libnginx-mod-http-brotli-static puts the module. */
const BROTLI_MODULES = ['/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', '/usr/share/nginx/modules/ngx_http_brotli_static_module.so'];

export const NGINX_HELP =
  'Falta nginx con brotli_static: instala los paquetes de Debian «nginx libnginx-mod-http-brotli-static» (apt-get install nginx libnginx-mod-http-brotli-static).';

/** Debian's nginx and its brotli_static module, or undefined when either is missing. */
export function findNginx(): { binary: string; brotliModule: string } | undefined {
  const binary = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx 2>/dev/null'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  const brotliModule = BROTLI_MODULES.find((path) => existsSync(path));
  return binary && brotliModule ? { binary, brotliModule } : undefined;
}
