// A static server whose folder can be swapped while it runs: "a new deployment on the same origin".
// astro preview serves only this project's dist/ (one preview per project), so the tests use sirv.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface SwappableServer {
  url: string;
  serve: (dir: string) => void;
  close: () => Promise<void>;
}

export async function startServer(dir: string): Promise<SwappableServer> {
  let handler = sirv(dir, { dev: true, extensions: ['html'] });
  const server: Server = createServer((request, response) =>
    handler(request, response, () => {
      response.statusCode = 404;
      response.end('404');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // localhost, not 127.0.0.1 by name: both are secure contexts, and the worker needs one.
    url: `http://localhost:${port}`,
    serve: (next) => (handler = sirv(next, { dev: true, extensions: ['html'] })),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
