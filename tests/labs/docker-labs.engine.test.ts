// Every Docker lab of the sections, run against a real Docker Engine (tests/setup/docker-engine.ts):
// its commands, its shown output and its clean-up. The Kubernetes labs need a cluster: see
// kubernetes-labs.test.ts for what is checked of them without one.
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { labKind, readLabs } from '../../src/labs/labs.ts';
import { type Engine, startEngine } from '../setup/docker-engine.ts';
import { runLab } from './run-lab.ts';

const files = globSync('content/secciones/*.mdx').sort();
const labs = files.flatMap(readLabs).filter((lab) => labKind(lab) === 'docker');
let engine: Engine;

before(async () => (engine = await startEngine()), { timeout: 5 * 60_000 });
after(async () => engine?.stop());

test('cada sección con prácticas de Docker tiene las suyas', () => {
  assert.equal(files.length, 3);
  assert.ok(labs.length >= 4, `solo ${labs.length} prácticas de Docker`);
  for (const file of files.filter((f) => !f.includes('organizaciones'))) assert.ok(labs.some((lab) => lab.file === file), `${file} sin prácticas`);
});

test('la página dice con qué versión de Docker Engine se prueban las prácticas', () => {
  const page = readFileSync('content/secciones/objetos-de-docker.mdx', 'utf8');
  const stated = /prueban[^.]*?Docker Engine (\d+\.\d+)/.exec(page)?.[1];
  assert.equal(stated, engine.version.split('.').slice(0, 2).join('.'), 'objetos-de-docker.mdx: «Antes de empezar» debe nombrar la versión del motor de las pruebas');
  // The one command on the page that this engine is too old for (the fixture below proves the runner says so).
  assert.match(page, /`docker volume prune --all` necesita Docker Engine 23/);
});

for (const lab of labs) {
  test(`${lab.file}:${lab.line} «${lab.title}»`, { timeout: 6 * 60_000 }, () => {
    const problems = runLab(lab, engine.env);
    assert.ok(problems.length === 0, `\n${problems.join('\n')}`);
  });
}

// The runner itself, on labs broken on purpose: each problem must be found and named at its line.
test('el ejecutor nombra lo que una práctica deja, la salida distinta y el comando que falla', { timeout: 3 * 60_000 }, () => {
  const FIXTURE = 'tests/labs/fixtures/practicas-rotas.mdx';
  const broken = readLabs(FIXTURE);
  assert.equal(broken.length, 4);
  const [leaves, shows, fails, newer] = broken.map((lab) => runLab(lab, engine.env)) as [string[], string[], string[], string[]];
  assert.deepEqual(leaves, [`${FIXTURE}:7: la práctica «Deja la imagen, un volumen y la red de Swarm» deja restos en Docker: volumen lab-olvidado, red docker_gwbridge, imagen alpine:3.24`]);
  assert.equal(shows.length, 1);
  assert.match(shows[0]!, /^tests\/labs\/fixtures\/practicas-rotas\.mdx:24: la salida de «docker run --rm alpine:3\.24 echo hola» \(línea 21\) no es la que muestra la página: línea 1: esperada «adiós», impresa «hola»$/);
  assert.equal(fails.length, 1);
  assert.match(fails[0]!, /^tests\/labs\/fixtures\/practicas-rotas\.mdx:37: «docker network rm lab-no-existe» salió con el código 1: .*lab-no-existe/);
  assert.equal(newer.length, 1);
  assert.match(newer[0]!, /practicas-rotas\.mdx:45: «docker volume prune --all --force» salió con el código \d+: necesita un Docker Engine más nuevo que el probado/);
});
