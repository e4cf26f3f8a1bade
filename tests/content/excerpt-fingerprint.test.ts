// The copied-text check works from hashes alone: a sentence planted from a text is found through that
// text's fingerprint (whatever its case, accents or punctuation), fresh wording is not, and the
// committed fingerprint holds no readable text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { copiedRuns, FINGERPRINT_FILE, grams, makeFingerprint, readFingerprint, RUN, words } from './excerpt-fingerprint.ts';

const BOOK = 'Un volumen es un espacio de almacenamiento que Docker gestiona fuera del ciclo de vida del contenedor, y por eso los datos sobreviven.';

test('a planted run of the text is found through its fingerprint, whatever its case and accents; a fresh sentence is not', () => {
  const fingerprint = makeFingerprint(BOOK, 'sal-de-prueba');
  const runs = grams(words(BOOK));
  assert.equal(runs.length, 16);
  assert.equal(fingerprint.hashes.length, runs.length);
  // Every run, in capitals, with accents it never had and other punctuation: all of them must still match.
  const planted = `«${BOOK.replace(/a/g, 'á').replace(/e/g, 'é').toUpperCase().replace(/,/g, ';')}»`;
  assert.deepEqual(copiedRuns(planted, fingerprint), runs);
  assert.deepEqual(copiedRuns(`Introducción. ${BOOK.slice(0, 70)}… y sigue otra cosa.`, fingerprint).length, 4);
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
