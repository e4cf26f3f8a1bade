import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readUnits } from '../../src/changes/hashes.ts';
import { parseRecord, pendingReview, RECORD_FILE } from '../../src/changes/record.ts';
import { review } from '../../src/changes/review.ts';

/** A copy of the real content/ to edit. */
function copy(): string {
  const root = mkdtempSync(join(tmpdir(), 'cambios-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  return root;
}
const SECTION = 'content/secciones/objetos-de-docker.mdx';
const edit = (root: string, from: string, to: string) => {
  const text = readFileSync(join(root, SECTION), 'utf8');
  assert.ok(text.includes(from));
  writeFileSync(join(root, SECTION), text.replace(from, to));
};

test('el registro comprometido está al día con el contenido (si falla: npm run cambios:revisar, y una entrada en cambios si cambió el significado)', () => {
  assert.deepEqual(pendingReview(readUnits(), parseRecord(readFileSync(RECORD_FILE, 'utf8')).record), []);
});

test('cambios:revisar registra la huella nueva y no escribe ninguna entrada en cambios (it can fail)', () => {
  const root = copy();
  try {
    edit(root, '## 1.13.3 Volúmenes\n', '## 1.13.3 Volúmenes\n\nUna frase nueva.\n');
    const before = parseRecord(readFileSync(join(root, RECORD_FILE), 'utf8')).record;
    assert.match(pendingReview(readUnits(root), before).join('\n'), /objetos-de-docker\.mdx:\d+: «1\.13\.3» ha cambiado/);
    const result = review(root);
    assert.ok(result.ok, result.messages.join('\n'));
    const after = parseRecord(readFileSync(join(root, RECORD_FILE), 'utf8')).record;
    assert.deepEqual(pendingReview(readUnits(root), after), []);
    assert.deepEqual(after.cambios.map(({ lugar: _, ...c }) => c), before.cambios.map(({ lugar: _, ...c }) => c));
    assert.notEqual(after.huellas['1.13.3'], before.huellas['1.13.3']);
    assert.equal(after.huellas['1.13.4'], before.huellas['1.13.4']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('cambios:revisar se niega si desaparece un número publicado, y no toca el registro (it can fail)', () => {
  const root = copy();
  try {
    const text = readFileSync(join(root, SECTION), 'utf8');
    writeFileSync(join(root, SECTION), text.slice(0, text.indexOf('## 1.13.4 Redes')));
    const record = readFileSync(join(root, RECORD_FILE), 'utf8');
    const result = review(root);
    assert.equal(result.ok, false);
    assert.match(result.messages.join('\n'), /«1\.13\.4» está publicada y ya no existe/);
    assert.equal(readFileSync(join(root, RECORD_FILE), 'utf8'), record);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
