// Zopfli over Pagefind's own gzip files: same content, fewer bytes, other files untouched.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { recompress } from '../../src/search/recompress.ts';

const words = Array.from({ length: 4000 }, (_, i) => `volumen${i % 97} contenedor${i % 53} red${i % 31}`).join(' ');

test('recompresses the gzipped Pagefind files smaller, with the same content, and leaves the rest alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recompress-'));
  try {
    mkdirSync(join(dir, 'index'));
    const original = gzipSync(words, { level: 9 });
    writeFileSync(join(dir, 'index', 'es_1.pf_index'), original);
    writeFileSync(join(dir, 'pagefind.js'), words);
    const saved = await recompress(dir);
    const after = readFileSync(join(dir, 'index', 'es_1.pf_index'));
    assert.ok(after.length < original.length, `${after.length} < ${original.length}`);
    assert.equal(saved, original.length - after.length);
    assert.equal(gunzipSync(after).toString(), words);
    assert.equal(readFileSync(join(dir, 'pagefind.js'), 'utf8'), words);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a folder without Pagefind files fails, naming it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recompress-'));
  try {
    await assert.rejects(recompress(dir), (error: Error) => error.message.includes(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
