import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { LinkIndex } from '../../src/links/link-index.ts';
import { MANIFEST_FILE, manifestOf, missingPublished, readManifest } from '../../src/links/published.ts';

const published = readManifest();
const index = JSON.parse(readFileSync('dist/enlaces.json', 'utf8')) as LinkIndex;

test(`no address published in ${MANIFEST_FILE} has disappeared from the build`, () => {
  const problems = missingPublished(published, 'dist');
  assert.deepEqual(problems, [], `Direcciones publicadas que ya no funcionan:\n  ${problems.join('\n  ')}`);
});

test(`every address of the build is recorded in ${MANIFEST_FILE}`, () => {
  const current = manifestOf(index);
  const missing = [
    ...current.anclas.filter((address) => !published.anclas.includes(address)),
    ...current.cortas.filter((address) => !published.cortas.includes(address)),
  ];
  assert.deepEqual(missing, [], `Direcciones nuevas sin registrar: ejecuta «npm run links:update» y haz commit de ${MANIFEST_FILE}`);
});
