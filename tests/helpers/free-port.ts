import { createServer } from 'node:net';

/** A TCP port that nothing listens on right now (the system picks it), on the loopback address. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no se pudo obtener un puerto libre'))));
    });
  });
}
