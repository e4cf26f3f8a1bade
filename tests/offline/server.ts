// A static server whose folder can be swapped while it runs: "a new deployment on the same origin".
// astro preview serves only this project's dist/ (one preview per project), so the tests use sirv.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

// Serves the build's .br/.gz files where it wrote them, as nginx's *_static modules do.
const OPTIONS = { dev: true, extensions: ['html'], gzip: true, brotli: true };

export interface SwappableServer {
  url: string;
  serve: (dir: string) => void;
  close: () => Promise<void>;
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
  const server: Server = createServer(async (request, response) => {
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
  };
}
