// What a cluster would ask the site's container (src/deploy/kubernetes/deployment.yaml), asked of the
// real container: each probe's path answers 200 on the probe's port. kubernetes.test.ts checks the rest.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { docker, type Engine } from '../setup/docker-engine.ts';
import { buildSiteImage, useEngine, waitHealthy } from '../setup/site-image.ts';
import { kubernetesObjects } from './manifests.ts';

const NAME = 'aula-prueba-sondas';
const deployment = kubernetesObjects().find((object) => object.data.kind === 'Deployment')!;
const container = deployment.data.spec.template.spec.containers[0];
const PROBES = ['readinessProbe', 'livenessProbe'];
const port = (probe: string): number => {
  const wanted = container[probe].httpGet.port;
  return (container.ports as { name?: string; containerPort: number }[]).find((p) => p.name === wanted || p.containerPort === wanted)?.containerPort ?? Number(wanted);
};

let engine: Pick<Engine, 'env' | 'stop'>;
before(async () => {
  engine = await useEngine();
  const image = buildSiteImage(engine.env);
  assert.equal(container.image, image, `${deployment.at('spec', 'template', 'spec', 'containers', 0, 'image')}: no es la imagen del sitio`);
  spawnSync('docker', ['rm', '-f', NAME], { env: engine.env, stdio: 'ignore' });
  // Every probe port published, as a kubelet would reach it; the port the container really listens on is 8080.
  const ports = [...new Set(PROBES.map(port))].flatMap((p) => ['-p', `127.0.0.1::${p}`]);
  docker(engine.env, 'run', '-d', '--name', NAME, ...ports, image);
  await waitHealthy(engine.env, NAME);
}, { timeout: 10 * 60_000 });
after(async () => {
  if (engine) spawnSync('docker', ['rm', '-f', NAME], { env: engine.env, stdio: 'ignore' });
  await engine?.stop();
});

test('las sondas del Deployment responden 200 en el contenedor real, en su ruta y su puerto', async () => {
  assert.equal(PROBES.length, 2);
  for (const probe of PROBES) {
    const { path } = container[probe].httpGet;
    const where = deployment.at('spec', 'template', 'spec', 'containers', 0, probe, 'httpGet', 'path');
    const published = docker(engine.env, 'port', NAME, `${port(probe)}/tcp`).split('\n')[0]!;
    const status = await fetch(`http://${published}${path}`, { redirect: 'manual' }).then((r) => r.status, (e: Error) => `sin respuesta (${e.cause ?? e.message})`);
    assert.equal(status, 200, `${where}: ${probe} pide ${path} en el puerto ${port(probe)} y el contenedor responde ${status}`);
  }
});
