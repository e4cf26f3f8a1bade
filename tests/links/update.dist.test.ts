// `npm run links:update` (= astro build, then src/links/update.ts) on the fixture site's build, in a
// temp folder with its own content/enlaces-publicados.json: the real manifest is never touched.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { FIXTURE_DIST, readFixtureSite } from '../setup/fixture-site.ts';

const UPDATE = resolve('src/links/update.ts');
assert.equal(readFixtureSite().status, 0, 'el sitio de fixtures no se construyó');

const folders: string[] = [];
after(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder with the fixture's build as dist/ and the given manifest; runs the update there. */
function update(manifest: unknown, { dist = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'links-update-'));
  folders.push(dir);
  mkdirSync(join(dir, 'content'));
  if (dist) symlinkSync(FIXTURE_DIST, join(dir, 'dist'));
  const file = join(dir, 'content/enlaces-publicados.json');
  const before = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileSync(file, before);
  const run = spawnSync(process.execPath, [UPDATE], { cwd: dir, encoding: 'utf8' });
  return { ...run, before, after: readFileSync(file, 'utf8') };
}

test('it refuses, and changes nothing, while a published address is missing from the build', () => {
  const run = update({ anclas: ['/volumenes/#1-13-2-redes', '/volumenes/#1-13-9-borrado'], cortas: ['/1.13.9'] });
  assert.equal(run.status, 1);
  assert.equal(run.after, run.before, 'el manifiesto no debe cambiar');
  assert.equal(run.stdout, '');
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines[0], 'content/enlaces-publicados.json: 3 dirección(es) publicada(s) ya no funcionan; no se actualiza:');
  assert.match(lines[1]!, /^ {2}\/volumenes\/#1-13-9-borrado: el ancla «1-13-9-borrado» ya no existe en \/volumenes\/\. Si cambiaste el texto de un encabezado, conserva el id antiguo con «aliases:»/);
  assert.equal(lines[2], '  /1.13.9: la dirección corta ya no existe (¿ha cambiado el número del libro o se borró el apartado?)');
  assert.equal(lines[3], '  /1.13.9/: la dirección corta ya no existe (¿ha cambiado el número del libro o se borró el apartado?)');
  assert.equal(lines.length, 4);
});

test('it adds what is new and never drops a published address, even one only an alias keeps alive', () => {
  const run = update({ anclas: ['/volumenes/#1-13-1-volumenes', '/glosario/#consenso-raft'], cortas: ['/1.13'] });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.after), {
    anclas: [
      '/glosario/#consenso-raft',
      '/glosario/#raft',
      '/glosario/#volumen',
      '/redes/#1-14-redes-de-prueba',
      '/redes/#dos-contenedores-en-una-red',
      '/redes/#figura-1-8',
      '/volumenes/#1-13-1-almacenamiento-con-volumenes',
      '/volumenes/#1-13-1-volumenes',
      '/volumenes/#1-13-2-redes',
      '/volumenes/#1-13-volumenes-de-prueba',
      '/volumenes/#figura-1-7',
    ],
    cortas: ['/1.13', '/1.13.1', '/1.13.2', '/1.14', '/figura/1.7', '/figura/1.8'],
  });
  assert.equal(run.stdout, 'content/enlaces-publicados.json: 11 anclas y 6 direcciones cortas (14 nuevas).\n');
});

test('without a build it stops and says how to get one', () => {
  const run = update({ anclas: [], cortas: [] }, { dist: false });
  assert.equal(run.status, 1);
  assert.equal(run.stderr, 'No hay dist/enlaces.json: ejecuta antes «astro build» (o usa «npm run links:update», que lo hace).\n');
});
