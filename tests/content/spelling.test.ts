// The style guide (content/GUIA-DE-ESTILO.md), enforced: a Spanish spell checker (cspell with
// @cspell/dict-es-es, plus content/palabras.txt) over the prose of content/ and of the UI strings, and the
// guide's banned forms («cluster» → «clúster»…). Code, URLs and ids are left out (tests/content/prose.ts);
// diagram labels are prose and are checked. Every finding names file:line:column.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { bannedForms, foreignWithoutItalics, foreignWords, prose } from './prose.ts';

const SOURCES = [
  ...readdirSync('content/secciones').map((name) => join('content/secciones', name)),
  'content/glosario.yaml',
  'content/autoevaluacion.yaml',
  'content/GUIA-DE-ESTILO.md',
  'src/i18n/es.json',
];
const FIXTURE = 'tests/content/fixtures/spelling/con-errores.mdx';

/** cspell over the prose of `files`: one «file:line:column …» per unknown word. */
function misspellings(files: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'prosa-'));
  const sources = new Map<string, string>();
  files.forEach((file, index) => {
    writeFileSync(join(dir, `${index}.txt`), prose(file, readFileSync(file, 'utf8')));
    sources.set(`${index}.txt`, file);
  });
  try {
    // cspell's bin needs a recent Node: run it with this one (Node 24 from node_modules).
    const run = spawnSync(
      process.execPath,
      // --root: cspell only checks files under its root, and reports paths relative to it.
      ['node_modules/.bin/cspell', 'lint', '--config', 'cspell.config.mjs', '--root', dir, '--no-progress', '--no-summary', '--no-color', ...[...sources.keys()].map((name) => join(dir, name))],
      { encoding: 'utf8' },
    );
    assert.ok(run.status === 0 || run.status === 1, `cspell no pudo ejecutarse (código ${run.status}):\n${run.stderr}`);
    return run.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const found = /^(.*?):(\d+):(\d+) - (.*)$/.exec(line);
        if (!found) return line;
        const source = sources.get(found[1]!) ?? found[1];
        return `${source}:${found[2]}:${found[3]} ${found[4]}`;
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const banned = (files: string[]) =>
  files.flatMap((file) =>
    bannedForms(file, readFileSync(file, 'utf8')).map((f) => `${file}:${f.line}:${f.column} «${f.found}»: escribe «${f.prefer}» (content/GUIA-DE-ESTILO.md)`),
  );

test('la prosa del sitio no tiene palabras desconocidas (cspell, español; palabras del proyecto en content/palabras.txt)', () => {
  const found = misspellings(SOURCES);
  assert.deepEqual(found, [], `Corrige la palabra o, si es correcta (un término técnico), añádela a content/palabras.txt:\n${found.join('\n')}`);
});

test('la prosa del sitio no usa las formas que la guía de estilo sustituye', () => {
  // The guide itself lists them, on purpose.
  const found = banned(SOURCES.filter((file) => file !== 'content/GUIA-DE-ESTILO.md'));
  assert.deepEqual(found, [], found.join('\n'));
});

const FOREIGN = foreignWords(readFileSync('content/GUIA-DE-ESTILO.md', 'utf8'));
const withoutItalics = (files: string[]) =>
  files.flatMap((file) =>
    foreignWithoutItalics(file, readFileSync(file, 'utf8'), FOREIGN).map(
      (f) => `${file}:${f.line}:${f.column} «${f.found}»: escribe «${f.prefer}» (extranjerismo, content/GUIA-DE-ESTILO.md)`,
    ),
  );

test('los extranjerismos que lista la guía de estilo van en cursiva', () => {
  assert.ok(FOREIGN.includes('driver') && FOREIGN.length >= 3, `lista leída de la guía: ${FOREIGN.join(', ')}`);
  const found = withoutItalics(SOURCES.filter((file) => file.startsWith('content/') && file !== 'content/GUIA-DE-ESTILO.md'));
  assert.deepEqual(found, [], found.join('\n'));
});

test('un error plantado hace fallar la revisión, con archivo y línea, y el código no se revisa', () => {
  const spelling = misspellings([FIXTURE]);
  assert.ok(spelling.some((line) => line.startsWith(`${FIXTURE}:5:`) && line.includes('contenedorr')), spelling.join('\n'));
  assert.ok(!spelling.some((line) => line.includes('zzzqqq')), `el código se ha revisado:\n${spelling.join('\n')}`);

  const forms = banned([FIXTURE]);
  assert.ok(forms.includes(`${FIXTURE}:5:30 «cluster»: escribe «clúster» (content/GUIA-DE-ESTILO.md)`), forms.join('\n'));
  // «red host» names the driver and is fine; «host» alone in prose is not. Code is never checked.
  assert.deepEqual(
    forms.map((line) => line.split(' ')[0]),
    [`${FIXTURE}:5:30`, `${FIXTURE}:7:57`],
  );
});
