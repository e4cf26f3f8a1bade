// Robustness: each bad input in tests/collections/fixtures/bad-inputs/<case>/ stops the real `astro build` with one
// clear message that names the file and line, and leaves no pages behind. See that folder's README.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { walk } from '../helpers/dist-pages.ts';
import { buildFixture } from '../helpers/fixture-build.ts';

const FIXTURES = resolve('tests/collections/fixtures/bad-inputs');
const VALID = join(FIXTURES, '_valid/content');

interface Expected {
  file: string;
  line: number;
  /** A regular expression, matched without case. */
  message: string;
}

const htmlIn = (dir: string) => (existsSync(dir) ? walk(dir).filter((f) => f.endsWith('.html')) : []);

test('el sitio mínimo de los fixtures se construye (los fallos de abajo vienen de cada caso)', () => {
  const build = buildFixture(VALID);
  try {
    assert.equal(build.status, 0, build.output);
    assert.ok(htmlIn(build.outDir).length > 0, 'el build válido no generó páginas');
  } finally {
    build.cleanup();
  }
});

const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('_'));
for (const { name } of cases) {
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
  test(`entrada incorrecta «${name}»: falla en ${expected.file}:${expected.line}`, () => {
    const build = buildFixture([VALID, join(FIXTURES, name, 'content')]);
    try {
      assert.notEqual(build.status, 0, `el build debía fallar y terminó bien:\n${build.output}`);
      const messages = build.output.match(new RegExp(expected.message, 'gi')) ?? [];
      assert.equal(messages.length, 1, `se esperaba el mensaje /${expected.message}/ una vez, salió ${messages.length}:\n${build.output}`);
      const location = new RegExp(`${expected.file.replace(/[.]/g, '\\.')}:${expected.line}\\b`);
      assert.match(build.output, location, `el error no señala ${expected.file}:${expected.line}:\n${build.output}`);
      assert.deepEqual(htmlIn(build.outDir), [], 'el build fallido dejó páginas a medias');
    } finally {
      build.cleanup();
    }
  });
}
