// A static host for a built dist/, on a free loopback port, in two flavours the README names (either can
// also send HTML in pieces, as a slow network does: `trickle`):
// - "plain": files only, like `python3 -m http.server`, GitHub Pages or nginx with try_files:
//   /x/ serves x/index.html, /x answers 301 to /x/ when x is a folder, anything else is 404.html;
// - "redirects": the same, but first the rules of dist/_redirects, as Cloudflare Pages applies them
//   (exact source path, first matching line wins, applied even where a file exists).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** The rules of a _redirects file: "source destination [status]"; comments and blank lines skipped. */
export function readRedirects(dist: string): Map<string, { to: string; status: number }> {
  const rules = new Map<string, { to: string; status: number }>();
  const file = join(dist, '_redirects');
  if (!existsSync(file)) return rules;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [from, to, status] = line.trim().split(/\s+/);
    if (!from || from.startsWith('#') || !to) continue;
    if (!rules.has(from)) rules.set(from, { to, status: Number(status ?? 302) });
  }
  return rules;
}

/** HTML sent in pieces with a pause between them, as a slow network delivers it (other files at once). */
export interface Trickle {
  bytes: number;
  everyMs: number;
}

export function serveStatic(dist: string, { redirects = false, trickle }: { redirects?: boolean; trickle?: Trickle } = {}): Promise<StaticServer> {
  const root = normalize(dist);
  const rules = redirects ? readRedirects(root) : new Map();
  const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const rule = rules.get(url.pathname);
    if (rule) {
      response.writeHead(rule.status, { location: rule.to }).end();
      return;
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (!url.pathname.endsWith('/') && existsSync(path) && statSync(path).isDirectory()) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = url.pathname.endsWith('/') ? join(path, 'index.html') : path;
    const found = isFile(file) ? file : join(root, '404.html');
    response.writeHead(found === file ? 200 : 404, { 'content-type': TYPES[extname(found)] ?? 'application/octet-stream' });
    const body = readFileSync(found);
    if (trickle && extname(found) === '.html') void sendInPieces(response, body, trickle);
    else response.end(body);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function sendInPieces(response: ServerResponse, body: Buffer, { bytes, everyMs }: Trickle) {
  for (let start = 0; start < body.length && !response.destroyed; start += bytes) {
    // Each piece leaves as its own write, flushed before the pause: the browser parses (and may paint) it alone.
    await new Promise<void>((done) => response.write(body.subarray(start, start + bytes), () => done()));
    await new Promise((wait) => setTimeout(wait, everyMs));
  }
  response.end();
}
