// The nginx configuration, as text. Reason for its length: it is the whole production server
// (redirects, status pages, compression, caching, headers), written from the build's own data.
import { redirectTarget, type LinkIndex } from '../links/link-index.ts';

/** Files the build names by their content hash: cacheable for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (HTML, /pagefind/pagefind.js and its entry files): revalidate each time. */
export const REVALIDATE = 'no-cache';

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/** Every redirect as [from, to]: short URLs with and without their slash, straight to page#anchor. */
export function redirects({ enlaces, redirecciones }: LinkIndex): [string, string][] {
  return [
    ...enlaces.flatMap((entry): [string, string][] => (entry.corta ? [[entry.corta, redirectTarget(entry)], [`${entry.corta}/`, redirectTarget(entry)]] : [])),
    // A renamed page: the browser keeps the #anchor across a real redirect.
    ...redirecciones.flatMap(({ desde, hacia }): [string, string][] => [[desde.slice(0, -1), hacia], [desde, hacia]]),
  ];
}

/** nginx strings in double quotes: the policy holds single quotes, never double ones. */
const quoted = (value: string) => {
  if (/["\\$]/.test(value)) throw new Error(`Valor no admitido en la configuración de nginx: ${value}`);
  return `"${value}"`;
};

/**
 * The server-level part of the site's nginx config (everything but `listen` and `root`), so that
 * `npm run serve:nginx` and the container include exactly the same file.
 */
export function siteConfig(index: LinkIndex, csp: string): string {
  const moved = redirects(index).map(([from, to]) => `location = ${from} { return 301 ${to}; }`);
  return [
    '# Generado por el build (src/server/): no editar. Se incluye dentro de un bloque server { listen …; root …; }.',
    '',
    '# Location relativos: detrás de un proxy o de un puerto redirigido, nginx no conoce el nombre ni el puerto públicos.',
    'absolute_redirect off;',
    'server_tokens off;',
    'charset utf-8;',
    'charset_types text/css application/javascript application/json image/svg+xml application/xml text/plain text/markdown;',
    'index index.html;',
    '# Los .gz y .br que escribe el build (src/server/precompress.ts); sin ellos, el archivo tal cual.',
    'gzip_static on;',
    'brotli_static on;',
    'gzip_vary on;',
    'error_page 404 /404.html;',
    '',
    '# Cabeceras de todas las respuestas. Ninguna location añade las suyas (eso anularía estas): cambian $cache.',
    `set $cache ${quoted(REVALIDATE)};`,
    'add_header Cache-Control $cache always;',
    '# La CSP sale de las <meta> que Astro (security.csp) escribe en cada página, más frame-ancestors.',
    `add_header Content-Security-Policy ${quoted(csp)} always;`,
    'add_header X-Content-Type-Options "nosniff" always;',
    'add_header Referrer-Policy "strict-origin-when-cross-origin" always;',
    `add_header Permissions-Policy ${quoted(PERMISSIONS_POLICY)} always;`,
    'add_header X-Frame-Options "DENY" always;',
    '',
    `# Direcciones cortas y páginas renombradas (${moved.length}), desde /enlaces.json: un 301 directo a la página y su #ancla.`,
    ...moved,
    '',
    '# Recursos con el hash del contenido en el nombre.',
    'location ^~ /_astro/ {',
    `  set $cache ${quoted(IMMUTABLE)};`,
    '  location ~ /$ { return 404; }',
    '  try_files $uri =404;',
    '}',
    '# El paquete de la lectura sin conexión (src/offline/pack.ts) lleva hash.',
    `location ~ ^/sin-conexion\\.[0-9a-f]+\\.pack$ { set $cache ${quoted(IMMUTABLE)}; try_files $uri =404; }`,
    '# Pagefind: el índice y los fragmentos llevan hash; pagefind.js, el wasm y la entrada, no.',
    'location ^~ /pagefind/ {',
    '  location ~ /$ { return 404; }',
    `  location ~ \\.pf_(fragment|index|meta)$ { set $cache ${quoted(IMMUTABLE)}; try_files $uri =404; }`,
    '  try_files $uri =404;',
    '}',
    '# Los textos en Markdown de las secciones (src/twins/): mime.types no conoce .md.',
    'location ~ \\.md$ { types { text/markdown md; } try_files $uri =404; }',
    '# Una carpeta sin index.html (/figura/) es un 404 con la página del sitio, no un 403 de nginx.',
    'location ~ /$ { try_files ${uri}index.html =404; }',
    'location / { try_files $uri $uri/ =404; }',
    '',
  ].join('\n');
}

export interface MainOptions {
  port: number;
  /** Absolute paths. */
  root: string;
  site: string;
  prefix: string;
  brotliModule: string;
  /** Only when nginx starts as root: its workers would otherwise be `nobody`. */
  user?: string;
}

/** A whole nginx.conf around the site config, for a foreground nginx with its own temp dirs. */
export function mainConfig({ port, root, site, prefix, brotliModule, user }: MainOptions): string {
  return [
    `load_module ${brotliModule};`,
    'daemon off;',
    'worker_processes 1;',
    ...(user ? [`user ${user};`] : []),
    `pid ${prefix}/nginx.pid;`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`),
    '  server {',
    `    listen ${port};`,
    `    listen [::]:${port};`,
    `    root ${root};`,
    `    include ${site};`,
    '  }',
    '}',
    '',
  ].join('\n');
}
