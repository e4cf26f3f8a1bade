// The offline pack: every precached file that is not a page, in one download for the worker's
// install, instead of a request each that pays a mobile network's latency (src/offline/README.md).
// Shared by the build (pack.ts), the worker (install.ts) and the tests: no Node-only APIs here.
// Layout: a 4-byte big-endian length, a JSON table [[path, size, type], …], then the files in table order.

/** Pages keep their own requests (first the one being read, with the server's own headers);
 *  styles, scripts, icons, data and Pagefind's files come in the pack. */
export const PACKED = /^(?!.*\.html$)/;

/** Paths relative to the site's root, as in the precache manifest; type is the Content-Type to serve. */
export type PackTable = [path: string, size: number, type: string][];

export function packFiles(files: [path: string, bytes: Uint8Array, type: string][]): Uint8Array {
  const table = new TextEncoder().encode(JSON.stringify(files.map(([path, bytes, type]) => [path, bytes.length, type])));
  const pack = new Uint8Array(4 + table.length + files.reduce((sum, [, bytes]) => sum + bytes.length, 0));
  new DataView(pack.buffer).setUint32(0, table.length);
  pack.set(table, 4);
  let offset = 4 + table.length;
  for (const [, bytes] of files) (pack.set(bytes, offset), (offset += bytes.length));
  return pack;
}

/** Each file of the pack by its path; a pack whose sizes do not add up is refused. */
export function unpack(pack: ArrayBuffer): Map<string, { body: ArrayBuffer; type: string }> {
  const tableLength = new DataView(pack).getUint32(0);
  const table = JSON.parse(new TextDecoder().decode(pack.slice(4, 4 + tableLength))) as PackTable;
  const files = new Map<string, { body: ArrayBuffer; type: string }>();
  let offset = 4 + tableLength;
  for (const [path, size, type] of table) (files.set(path, { body: pack.slice(offset, offset + size), type }), (offset += size));
  if (offset !== pack.byteLength) throw new Error(`Paquete sin conexión dañado: ${offset} bytes según su tabla, ${pack.byteLength} recibidos`);
  return files;
}
