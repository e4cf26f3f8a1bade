// What can be checked without a Kubernetes cluster or Docker Compose: the Kubernetes lab's commands
// (tools, names, clean-up, images) and the two kits against the figures they rebuild. Left unchecked,
// and said so in src/labs/README.md: kubectl's and kind's own behaviour, and the kits run for real.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { kitFigures, kitFiles } from '../../src/labs/kits.ts';
import { labKind, readLabs } from '../../src/labs/labs.ts';
import { STAND_INS } from '../setup/stand-in-images.ts';

const PAGE = 'content/secciones/orquestacion-de-contenedores.mdx';
const page = readFileSync(PAGE, 'utf8');
const labs = readLabs(PAGE).filter((lab) => labKind(lab) === 'kubernetes');
const commands = labs.flatMap((lab) => lab.blocks.flatMap((block) => block.commands));

/** The Mermaid source of a figure on the page. */
const mermaid = (number: string) => new RegExp(`<Figure number="${number.replace('.', '\\.')}"[\\s\\S]*?\`\`\`mermaid\\n([\\s\\S]*?)\`\`\``).exec(page)?.[1] ?? '';

test('la práctica de Kubernetes usa solo kubectl, kind y curl, y limpia lo que crea', () => {
  assert.equal(labs.length, 1);
  assert.ok(commands.length >= 6, `solo ${commands.length} comandos`);
  for (const { text, line } of commands) assert.match(text, /^(kubectl|kind|curl) /, `${PAGE}:${line}: «${text}» en una práctica de Kubernetes`);
  const created = commands.flatMap(({ text, line }) => {
    const k = /^kubectl create (\w+) (\S+)/.exec(text) ?? /^kind create (cluster) --name (\S+)/.exec(text);
    return k ? [{ kind: k[1]!, name: k[2]!, line }] : [];
  });
  assert.equal(created.length, 2, 'un clúster de kind y un Deployment');
  for (const { kind, name, line } of created) {
    assert.match(name, /^lab-/, `${PAGE}:${line}: «${name}» no empieza por lab-`);
    const deleted = commands.some((c) => c.line > line && (c.text === `kubectl delete ${kind} ${name}` || c.text === `kind delete ${kind} --name ${name}`));
    assert.ok(deleted, `${PAGE}:${line}: «${kind} ${name}» se crea y la práctica no lo borra`);
  }
  const cluster = created.find((c) => c.kind === 'cluster')!.name;
  assert.ok(page.includes(`\`kind-${cluster}\``), `${PAGE}: el contexto de kind «kind-${cluster}» no se nombra`);
  assert.ok(page.includes(`\`${cluster}-control-plane\``) || page.includes(`${cluster}-control-plane `), `${PAGE}: el nodo «${cluster}-control-plane» no aparece`);
});

test('las imágenes de la práctica de Kubernetes son las de las prácticas de Docker', () => {
  const images = commands.flatMap(({ text }) => [...text.matchAll(/--image=(\S+)/g)].map((m) => m[1]));
  assert.ok(images.length > 0);
  for (const image of images) assert.ok(STAND_INS.some((s) => s.name === image), `${image}: no es una de las etiquetas de las prácticas (${STAND_INS.map((s) => s.name).join(', ')})`);
});

test('hay un kit por figura de clúster, con sus archivos', () => {
  assert.deepEqual(kitFigures(), ['1.9', '1.10']);
  assert.deepEqual(kitFiles('1.9').map((f) => f.name), ['compose.yaml', 'formar-swarm.sh']);
  assert.deepEqual(kitFiles('1.10').map((f) => f.name), ['kind.yaml']);
});

test('el kit de la Figura 1.9 tiene sus 3 managers y 4 workers, y el script los une a todos', () => {
  const figure = mermaid('1.9');
  const managers = new Set(figure.match(/Manager \d/g)).size;
  const workers = new Set(figure.match(/Worker \d/g)).size;
  assert.deepEqual([managers, workers], [3, 4]);
  const compose = parse(readFileSync('public/kits/figura-1.9/compose.yaml', 'utf8'), { merge: true });
  const services = Object.keys(compose.services);
  assert.deepEqual(services, [...[1, 2, 3].map((n) => `manager-${n}`), ...[1, 2, 3, 4].map((n) => `worker-${n}`)]);
  for (const name of services) {
    const node = compose.services[name];
    assert.match(node.image, /^docker:\d+-dind$/, `${name}: imagen ${node.image}`);
    assert.equal(node.privileged, true, `${name}: Docker-in-Docker necesita privileged`);
    assert.equal(node.hostname, name);
  }
  const script = readFileSync('public/kits/figura-1.9/formar-swarm.sh', 'utf8');
  assert.equal(spawnSync('sh', ['-n', 'public/kits/figura-1.9/formar-swarm.sh']).status, 0, 'formar-swarm.sh no es sh válido');
  assert.match(script, /nodo manager-1 docker swarm init/);
  assert.match(script, /for n in manager-2 manager-3; do nodo "\$n" docker swarm join --token "\$manager" manager-1:2377/);
  assert.match(script, /for n in worker-1 worker-2 worker-3 worker-4; do nodo "\$n" docker swarm join --token "\$worker" manager-1:2377/);
});

test('el kit de la Figura 1.10 es un clúster de kind de 1 plano de control y 3 workers', () => {
  const figure = mermaid('1.10');
  assert.equal(new Set(figure.match(/Nodo worker \d/g)).size, 3);
  assert.equal((figure.match(/Nodo del plano de control/g) ?? []).length, 1);
  const config = parse(readFileSync('public/kits/figura-1.10/kind.yaml', 'utf8'));
  assert.equal(config.kind, 'Cluster');
  assert.equal(config.apiVersion, 'kind.x-k8s.io/v1alpha4');
  assert.deepEqual(config.nodes.map((n: { role: string }) => n.role), ['control-plane', 'worker', 'worker', 'worker']);
  assert.match(readFileSync('public/kits/figura-1.10/kind.yaml', 'utf8'), /kind create cluster --name lab-kind --config kind\.yaml/);
});
