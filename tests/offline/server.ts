// A static server whose folder can be swapped while it runs: "a new deployment on the same origin".
// astro preview serves only this project's dist/ (one preview per project), so the tests use sirv.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { IMMUTABLE, REVALIDATE } from '../../src/server/nginx.ts';

// The production server's caching (src/server/nginx.ts): names with a content hash for a year, the rest revalidated.
const HASHED = /^\/_astro\/|\.pf_(fragment|index|meta)$|^\/sin-conexion\.[0-9a-f]+\.pack$/;
// Serves the build's .br/.gz files where it wrote them, as nginx's *_static modules do.
const OPTIONS = {
  dev: true,
  extensions: ['html'],
  gzip: true,
  brotli: true,
  setHeaders: (response: ServerResponse, path: string) => response.setHeader('Cache-Control', HASHED.test(path) ? IMMUTABLE : REVALIDATE),
};

export interface SwappableServer {
  url: string;
  serve: (dir: string) => void;
  close: () => Promise<void>;
  /** Every request so far, in arrival order: its Sec-Fetch-Dest ("empty" for fetch()), how many
   *  were in flight when it came (itself included), and when it came and was answered (performance.now()). */
  requests: { path: string; dest?: string; inFlight: number; start: number; end?: number }[];
}

/** A slow network for the benchmark: each response waits the latency, then all of them share
 *  one bandwidth, as on a phone's single link. */
export interface Throttle {
  latencyMs: number;
  bytesPerSecond: number;
}

export async function startServer(dir: string, throttle?: Throttle): Promise<SwappableServer> {
  let handler = sirv(dir, OPTIONS);
  let linkFreeAt = 0;
  let inFlight = 0;
  const requests: SwappableServer['requests'] = [];
  const server: Server = createServer(async (request, response) => {
    const logged = {
      path: new URL(request.url!, 'http://x').pathname,
      dest: request.headers['sec-fetch-dest'] as string | undefined,
      inFlight: ++inFlight,
      start: performance.now(),
      end: undefined as number | undefined,
    };
    requests.push(logged);
    response.on('close', () => (inFlight--, (logged.end = performance.now())));
    if (throttle) {
      await new Promise((resolve) => setTimeout(resolve, throttle.latencyMs));
      // Hold the whole body, then release it when the shared link has carried it.
      const chunks: Buffer[] = [];
      const end = response.end.bind(response) as (body?: Buffer) => unknown;
      response.write = ((chunk: Buffer | string) => (chunks.push(Buffer.from(chunk)), true)) as typeof response.write;
      response.end = ((chunk?: Buffer | string) => {
        if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
        const body = Buffer.concat(chunks);
        linkFreeAt = Math.max(linkFreeAt, performance.now()) + (body.length / throttle.bytesPerSecond) * 1000;
        setTimeout(() => end(body), linkFreeAt - performance.now());
        return response;
      }) as typeof response.end;
    }
    handler(request, response, () => {
      response.statusCode = 404;
      response.end('404');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // 127.0.0.1 by number, so no /etc/hosts is needed: a secure context, as localhost is, which the worker needs.
    url: `http://127.0.0.1:${port}`,
    serve: (next) => (handler = sirv(next, OPTIONS)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
    requests,
  };
}
