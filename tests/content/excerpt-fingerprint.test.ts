// The copied-text check works from hashes alone: a sentence planted from a text is found through that
// text's fingerprint (whatever its case, accents or punctuation), fresh wording is not, and the
// committed fingerprint holds no readable text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { copiedRuns, FINGERPRINT_FILE, makeFingerprint, readFingerprint, RUN } from './excerpt-fingerprint.ts';

const BOOK = 'Un volumen es un espacio de almacenamiento que Docker gestiona fuera del ciclo de vida del contenedor, y por eso los datos sobreviven.';

test('a planted run of the text is found through its fingerprint, a fresh sentence is not', () => {
  const fingerprint = makeFingerprint(BOOK, 'sal-de-prueba');
  assert.ok(fingerprint.hashes.length >= 10);
  const planted = `Introducción. ${BOOK.slice(0, 90).toUpperCase().replace('gestiona', 'gestióna')}… y sigue otra cosa.`;
  const found = copiedRuns(planted, fingerprint);
  assert.ok(found.length >= 1, 'la frase copiada no se detecta');
  assert.ok(found.every((run) => run.split(' ').length === RUN));
  assert.deepEqual(copiedRuns('Los datos de un volumen siguen ahí aunque borres el contenedor que los usaba.', fingerprint), []);
});

test('another salt gives other hashes: the file only matches text hashed with its own salt', () => {
  const a = makeFingerprint(BOOK, 'a');
  assert.deepEqual(copiedRuns(BOOK, { ...a, salt: 'b' }), []);
  assert.notDeepEqual(makeFingerprint(BOOK, 'b').hashes, a.hashes);
});

test('the committed fingerprint is hashes only: no word of the excerpt can be read from it', () => {
  const fingerprint = readFingerprint();
  assert.equal(fingerprint.run, RUN);
  assert.ok(fingerprint.hashes.length > 600, `${FINGERPRINT_FILE}: ${fingerprint.hashes.length} huellas`);
  assert.ok(fingerprint.hashes.every((h) => /^[0-9a-f]{16}$/.test(h)));
  assert.deepEqual(fingerprint.hashes, [...fingerprint.hashes].sort(), 'ordenadas, para que su orden no diga nada del texto');
  const file = JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8')) as Record<string, unknown>;
  assert.deepEqual(Object.keys(file).sort(), ['hashes', 'run', 'salt'], 'solo salt, run y hashes');
  assert.match(fingerprint.salt, /^[0-9a-f]{32}$/);
});
