// The Kubernetes manifests (src/deploy/kubernetes/) without a cluster: each object valid against the
// official OpenAPI schema (kubernetes-models), the same image and port as compose.yaml, the Swarm
// stack and the Dockerfile, and every selector, probe port and Service port pointing at something
// that exists. kubernetes.container.test.ts asks the real container the probes' paths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { Service } from 'kubernetes-models/v1';
import { COMPOSE, kubernetesObjects, type Manifest, readManifest, STACK, withDefaults } from './manifests.ts';

const MODELS = { Deployment, Service, Ingress } as const;
const objects = kubernetesObjects();
const only = (kind: keyof typeof MODELS): Manifest => {
  const found = objects.filter((object) => object.data.kind === kind);
  assert.equal(found.length, 1, `src/deploy/kubernetes/ debe tener un ${kind}, tiene ${found.length}`);
  return found[0]!;
};
const deployment = only('Deployment');
const service = only('Service');
const ingress = only('Ingress');
const CONTAINER = ['spec', 'template', 'spec', 'containers', 0];
const container = deployment.data.spec.template.spec.containers[0];
/** The container port a port (number or name) of the container means, if any. */
const containerPort = (port: number | string): number | undefined =>
  (container.ports as { name?: string; containerPort: number }[]).find((p) => p.containerPort === port || p.name === port)?.containerPort;

const exposed = Number(/^EXPOSE (\d+)$/m.exec(readFileSync('Dockerfile', 'utf8'))?.[1]);

test('cada objeto de Kubernetes es válido según el esquema OpenAPI oficial de su tipo', () => {
  assert.deepEqual(objects.map((object) => object.data.kind), ['Deployment', 'Ingress', 'Service']);
  for (const object of objects) {
    const Model = MODELS[object.data.kind as keyof typeof MODELS];
    try {
      new Model(object.data as never).validate();
    } catch (error) {
      const { errors = [] } = error as { errors?: { instancePath: string; message?: string }[] };
      const first = errors[0];
      const path = first?.instancePath.split('/').slice(1).map((key) => (/^\d+$/.test(key) ? Number(key) : key)) ?? [];
      assert.fail(`${object.at(...path)}: ${object.data.kind} no válido: ${first ? `${first.instancePath} ${first.message}` : (error as Error).message}`);
    }
  }
});

test('el Deployment: tres réplicas, sondas de disponibilidad y de vida, recursos pedidos y limitados', () => {
  assert.equal(deployment.data.spec.replicas, 3, `${deployment.at('spec', 'replicas')}: réplicas`);
  for (const probe of ['readinessProbe', 'livenessProbe']) {
    assert.ok(container[probe]?.httpGet?.path, `${deployment.at(...CONTAINER)}: falta ${probe} con httpGet`);
    const port = container[probe].httpGet.port;
    assert.equal(containerPort(port), exposed, `${deployment.at(...CONTAINER, probe, 'httpGet', 'port')}: ${probe} pide el puerto ${port}, y el contenedor escucha en el ${exposed} (EXPOSE del Dockerfile)`);
  }
  for (const kind of ['requests', 'limits']) {
    assert.deepEqual(Object.keys(container.resources?.[kind] ?? {}).sort(), ['cpu', 'memory'], `${deployment.at(...CONTAINER, 'resources')}: ${kind} de cpu y memoria`);
  }
});

test('la imagen y el puerto son los de compose.yaml, la pila de Swarm y el Dockerfile', () => {
  const compose = readManifest(COMPOSE);
  const stack = readManifest(STACK);
  const composeImage = withDefaults(compose.data.services.sitio.image);
  assert.equal(composeImage, 'docker-en-el-aula/sitio:latest', `${compose.at('services', 'sitio', 'image')}: imagen`);
  assert.equal(withDefaults(stack.data.services.sitio.image), composeImage, `${stack.at('services', 'sitio', 'image')}: la pila debe usar la imagen de compose.yaml`);
  assert.equal(container.image, composeImage, `${deployment.at(...CONTAINER, 'image')}: el Deployment debe usar la imagen de compose.yaml`);
  assert.equal(exposed, 8080, 'Dockerfile: EXPOSE');
  assert.equal(container.ports.length, 1);
  assert.equal(container.ports[0].containerPort, exposed, `${deployment.at(...CONTAINER, 'ports')}: containerPort`);
  assert.equal(Number(withDefaults(compose.data.services.sitio.ports[0]).split(':').at(-1)), exposed, `${compose.at('services', 'sitio', 'ports')}: puerto del contenedor`);
  assert.equal(stack.data.services.sitio.ports[0].target, exposed, `${stack.at('services', 'sitio', 'ports')}: target`);
});

test('etiquetas y selectores: el Deployment y el Service eligen los pods de su plantilla, y el Ingress lleva al Service', () => {
  const labels = deployment.data.spec.template.metadata.labels as Record<string, string>;
  const selects = (selector: Record<string, string>, where: string) => {
    assert.ok(Object.keys(selector).length > 0, `${where}: selector vacío`);
    for (const [key, value] of Object.entries(selector)) assert.equal(labels[key], value, `${where}: ${key}=${value} no está en las etiquetas de la plantilla del Deployment`);
  };
  selects(deployment.data.spec.selector.matchLabels, deployment.at('spec', 'selector'));
  selects(service.data.spec.selector, service.at('spec', 'selector'));
  const ports = service.data.spec.ports as { name?: string; port: number; targetPort: number | string }[];
  assert.equal(ports.length, 1);
  assert.equal(containerPort(ports[0]!.targetPort), exposed, `${service.at('spec', 'ports', 0, 'targetPort')}: targetPort ${ports[0]!.targetPort} no es el puerto del contenedor (${exposed})`);
  const rules = ingress.data.spec.rules as { host: string; http: { paths: { backend: { service: { name: string; port: { name?: string; number?: number } } } }[] } }[];
  assert.equal(ingress.data.spec.ingressClassName, 'nginx', `${ingress.at('spec', 'ingressClassName')}`);
  assert.equal(rules.length, 1);
  assert.match(rules[0]!.host, /\.example\.org$/, `${ingress.at('spec', 'rules', 0, 'host')}: el nombre de ejemplo`);
  assert.equal(rules[0]!.http.paths.length, 1);
  const backend = rules[0]!.http.paths[0]!.backend.service;
  assert.equal(backend.name, service.data.metadata.name, `${ingress.at('spec', 'rules', 0, 'http', 'paths', 0, 'backend')}: Service`);
  assert.ok(ports.some((p) => p.name === backend.port.name || p.port === backend.port.number), `${ingress.at('spec', 'rules', 0, 'http', 'paths', 0, 'backend')}: el Service no tiene ese puerto`);
});

test('la pila de Swarm: tres réplicas, comprobación de salud y actualización que arranca antes de parar y vuelve atrás si falla', () => {
  const stack = readManifest(STACK);
  const sitio = stack.data.services.sitio;
  const deploy = sitio.deploy;
  assert.equal(deploy.replicas, 3, `${stack.at('services', 'sitio', 'deploy', 'replicas')}`);
  assert.ok(sitio.healthcheck?.test, `${stack.at('services', 'sitio')}: falta healthcheck`);
  assert.equal(deploy.update_config.order, 'start-first', `${stack.at('services', 'sitio', 'deploy', 'update_config', 'order')}`);
  assert.equal(deploy.update_config.failure_action, 'rollback', `${stack.at('services', 'sitio', 'deploy', 'update_config', 'failure_action')}`);
  assert.ok(deploy.update_config.monitor, `${stack.at('services', 'sitio', 'deploy', 'update_config')}: falta monitor`);
  assert.ok(deploy.rollback_config, `${stack.at('services', 'sitio', 'deploy')}: falta rollback_config`);
  assert.equal(sitio.ports[0].mode, 'ingress', `${stack.at('services', 'sitio', 'ports')}: publicado en la malla de enrutamiento`);
});
