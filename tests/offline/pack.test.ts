import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertPackMatchesPrecache } from '../../src/offline/pack.ts';
import { packFiles, unpack } from '../../src/offline/pack-format.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const files: [string, Uint8Array, string][] = [
  ['codigo.css', bytes('pre { tab-size: 2 }'), 'text/css; charset=utf-8'],
  ['pagefind/fragment/es_1.pf_fragment', Uint8Array.of(0x1f, 0x8b, 0, 255, 7), 'application/octet-stream'],
  ['vacío.json', new Uint8Array(0), 'application/json; charset=utf-8'],
];

test('every file comes out of the pack byte for byte, with its type', () => {
  const out = unpack(packFiles(files).slice().buffer);
  assert.deepEqual([...out.keys()], files.map(([path]) => path));
  for (const [path, data, type] of files) {
    assert.deepEqual(new Uint8Array(out.get(path)!.body), data, path);
    assert.equal(out.get(path)!.type, type);
  }
});

test('a cut or padded pack is refused, never split at the wrong places', () => {
  const pack = packFiles(files);
  assert.throws(() => unpack(pack.slice(0, -1).buffer), /dañado/);
  assert.throws(() => unpack(Uint8Array.from([...pack, 0]).buffer), /dañado/);
});

test('the build fails naming a precached file missing from the pack, or a packed one not precached', () => {
  const pack = { url: '/sin-conexion.0.pack', integrity: 'sha256-x', paths: ['codigo.css'] };
  assert.throws(() => assertPackMatchesPrecache(['index.html', 'codigo.css', 'pagefind/fragment/es_1.pf_fragment'], pack), /faltan en \/sin-conexion\.0\.pack: pagefind\/fragment\/es_1\.pf_fragment/);
  assert.throws(() => assertPackMatchesPrecache(['index.html'], pack), /fuera de la precaché: codigo\.css/);
  assertPackMatchesPrecache(['index.html', 'codigo.css'], pack);
});
