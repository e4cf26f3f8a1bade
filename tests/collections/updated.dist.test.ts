// «Actualizado el …» (issue 16): each section shows the date of the last commit that touched its file,
// in <time datetime>, and /enlaces.json carries the same date; the schema requires it on sections.
// From a source tree without git (a downloaded archive) the date is the file's modification time, as
// the README promises: this test expects whichever of the two the tree it runs in can give.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';
import Ajv from 'ajv/dist/2020.js';
import type { LinkIndex } from '../../src/links/link-index.ts';

const json = JSON.parse(readFileSync('dist/enlaces.json', 'utf8')) as LinkIndex & { $schema: string };
const schema = JSON.parse(readFileSync('public/enlaces.schema.json', 'utf8'));
const sections = json.enlaces.filter((entry) => entry.tipo === 'seccion');

/** The last commit to the file, or (outside git, or untracked) its modification time. */
function expectedDate(file: string): string {
  const git = spawnSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' });
  const committed = git.status === 0 ? git.stdout.trim() : '';
  return (committed ? new Date(committed) : statSync(file).mtime).toISOString().slice(0, 10);
}

test('each section page shows the date of the last commit to its file (or its file date outside git), the same as /enlaces.json', () => {
  assert.equal(sections.length, 3);
  for (const section of sections) {
    const id = section.ruta.split('/')[1]!;
    const date = expectedDate(`content/secciones/${id}.mdx`);
    assert.equal(section.actualizado, date, `${id}: /enlaces.json`);
    const html = readFileSync(`dist/${id}/index.html`, 'utf8');
    const shown = /<p class="updated"[^>]*>Actualizado el <time datetime="([^"]+)"[^>]*>([^<]+)<\/time>/.exec(html);
    assert.ok(shown, `${id}: falta «Actualizado el <time datetime>»`);
    assert.equal(shown[1], date, `${id}: la página`);
    assert.match(shown[2]!, /^\d{1,2} de [a-z]+ de \d{4}$/);
  }
});

test('the schema requires the date on sections and allows it nowhere else (it can fail)', () => {
  const validate = new Ajv({ strict: true }).compile(schema);
  assert.ok(validate(json), JSON.stringify(validate.errors));
  const withoutDate = json.enlaces.map((entry) => {
    const { actualizado: _date, ...rest } = entry;
    return rest;
  });
  assert.equal(validate({ ...json, enlaces: withoutDate }), false);
  const onATerm = json.enlaces.map((entry) => (entry.tipo === 'termino' ? { ...entry, actualizado: '2026-01-01' } : entry));
  assert.equal(validate({ ...json, enlaces: onATerm }), false);
});
