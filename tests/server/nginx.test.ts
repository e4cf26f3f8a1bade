// The server config as text, and real nginx's verdict on it (`nginx -t`), with no build.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { buildLinkIndex } from '../../src/links/link-index.ts';
import { policyFromDist } from '../../src/server/csp.ts';
import { SITE_CONFIG } from '../../src/server/integration.ts';
import { mainConfig, redirects, siteConfig } from '../../src/server/nginx.ts';
import { findNginx, NGINX_HELP } from '../../src/server/find-nginx.ts';
import { freePort } from '../helpers/free-port.ts';

const index = buildLinkIndex(
  undefined,
  [{ id: 'objetos', file: 'objetos.mdx', number: '1.13', title: 'Objetos', headings: [{ depth: 2, slug: '1-13-3-volumenes', text: '1.13.3 Volúmenes' }], figures: [{ number: '1.7', title: 'Capas' }], pageAliases: ['viejo'] }],
  [],
);

test('every short URL, with and without its slash, and every old page address become a relative 301', () => {
  const config = siteConfig(index, "default-src 'self'");
  const moved = redirects(index);
  assert.equal(moved.length, 8);
  for (const [from, to] of moved) assert.ok(config.includes(`location = ${from} { return 301 ${to}; }`), `${from} → ${to}`);
  assert.deepEqual(moved.find(([from]) => from === '/figura/1.7/'), ['/figura/1.7/', '/objetos/#figura-1-7']);
  assert.match(config, /^absolute_redirect off;$/m);
});

test('the policy is the union of the pages\' <meta> policies plus frame-ancestors, and a page without one is an error naming it', () => {
  assert.equal(
    policyFromDist('tests/server/fixtures/csp'),
    "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c'; frame-ancestors 'none'",
  );
  const dir = mkdtempSync(join(tmpdir(), 'csp-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  assert.throws(() => policyFromDist(dir), new RegExp(`${join(dir, 'index.html')}: sin <meta`));
  rmSync(dir, { recursive: true });
  assert.throws(() => siteConfig(index, 'default-src "self"'), /no admitido/);
});

test('nginx accepts the config as npm run serve:nginx and the container include it (nginx -t)', () => {
  const nginx = findNginx();
  assert.ok(nginx, NGINX_HELP);
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-t-'));
  try {
    const site = join(prefix, 'sitio.conf');
    writeFileSync(site, siteConfig(index, "default-src 'self'; frame-ancestors 'none'"));
    const check = (config: string) => {
      writeFileSync(join(prefix, 'nginx.conf'), config);
      const run = spawnSync(nginx.binary, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
    };
    const root = resolve('public');
    check(mainConfig({ port: 8089, root, site, prefix, brotliModule: nginx.brotliModule, ...(process.getuid?.() === 0 ? { user: 'root' } : {}) }));
    // The container's server block (Dockerfile), with its paths pointed here.
    const container = readFileSync('src/server/contenedor.conf', 'utf8').replace('/usr/share/nginx/html', root).replace('/etc/nginx/sitio.conf', site);
    mkdirSync(join(prefix, 'conf.d'));
    writeFileSync(join(prefix, 'conf.d', 'default.conf'), container);
    const wrapper = mainConfig({ port: 8089, root, site, prefix, brotliModule: nginx.brotliModule, ...(process.getuid?.() === 0 ? { user: 'root' } : {}) });
    check(wrapper.replace(/  server \{[\s\S]*?\n  \}\n/, `  include ${join(prefix, 'conf.d', 'default.conf')};\n`));
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
});

test('the Dockerfile copies the files the build and this folder really write', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8');
  const copies = [...dockerfile.matchAll(/^COPY (?:--from=contexto )?(\S+) (\S+)$/gm)].map((m) => [m[1], m[2]]);
  assert.equal(copies.length, 4);
  // The context (checked by the first stage), then what the runtime takes from it.
  assert.deepEqual(copies, [
    ['.', '/contexto'],
    ['/contexto/dist', '/usr/share/nginx/html'],
    [`/contexto/${SITE_CONFIG}`, '/etc/nginx/sitio.conf'],
    ['/contexto/src/server/contenedor.conf', '/etc/nginx/conf.d/default.conf'],
  ]);
  // .dockerignore lets in exactly those three.
  assert.deepEqual(readFileSync('.dockerignore', 'utf8').split('\n').filter((line) => line.startsWith('!')), ['!dist/', `!${SITE_CONFIG}`, '!src/server/contenedor.conf']);
  const container = readFileSync('src/server/contenedor.conf', 'utf8');
  assert.match(container, /root \/usr\/share\/nginx\/html;/);
  assert.match(container, /include \/etc\/nginx\/sitio\.conf;/);
  assert.match(readFileSync('compose.yaml', 'utf8'), /- "\$\{PORT:-8080\}:8080"/);
  assert.match(container, /listen 8080;/);
});

test('a real nginx sends the Markdown twins and llms.txt as UTF-8 text/markdown and text/plain', async () => {
  const nginx = findNginx();
  assert.ok(nginx, NGINX_HELP);
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-md-'));
  const root = join(prefix, 'html');
  mkdirSync(root);
  writeFileSync(join(root, '1.13.md'), '# 1.13 Objetos de Docker\n');
  writeFileSync(join(root, 'llms.txt'), '# Docker en el aula\n');
  writeFileSync(join(root, '404.html'), '<!doctype html><title>404</title>');
  const site = join(prefix, 'sitio.conf');
  writeFileSync(site, siteConfig(index, "default-src 'self'"));
  const port = await freePort();
  writeFileSync(join(prefix, 'nginx.conf'), mainConfig({ port, root, site, prefix, brotliModule: nginx.brotliModule, ...(process.getuid?.() === 0 ? { user: 'root' } : {}) }));
  const server = spawn(nginx.binary, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { stdio: 'ignore' });
  const get = async (path: string): Promise<Response> => {
    for (let tries = 0; ; tries++) {
      try {
        return await fetch(`http://127.0.0.1:${port}${path}`);
      } catch (error) {
        if (tries > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  try {
    const twin = await get('/1.13.md');
    assert.equal(twin.status, 200);
    assert.equal(twin.headers.get('content-type'), 'text/markdown; charset=utf-8');
    assert.equal(await twin.text(), '# 1.13 Objetos de Docker\n');
    assert.equal((await get('/llms.txt')).headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal((await get('/1.99.md')).status, 404);
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit');
    rmSync(prefix, { recursive: true, force: true });
  }
});
