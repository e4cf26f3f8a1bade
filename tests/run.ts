// `npm test`: sets up its browser, then every check in order on the real production build,
// then one summary line. Tests sit beside the capability they test (tests/<folder>/):
// `*.test.ts` need no build, `*.engine.test.ts` run the labs against a real Docker Engine that they
// start and stop (tests/setup/docker-engine.ts), `*.dist.test.ts` read dist/ (or the fixture site's
// build), `*.container.test.ts` run the site's image, Compose, Swarm and the Kubernetes probes on a
// Docker Engine started here for them and for the e2e project «contenedor» (tests/setup/site-image.ts),
// `*.spec.ts` drive Chromium. Every command runs with this Node and node_modules/.bin, never a bare name that
// exists only inside `npm run`. Skipped tests are counted and named: the only one allowed in a
// normal run is the CI-only reproducible build (README, «Puertas de calidad»).
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './setup/chromium.ts';
import { ensureNginx } from './setup/nginx.ts';
import { type Engine, startEngine } from './setup/docker-engine.ts';
import { ENGINE_VAR, startSiteContainer } from './setup/site-image.ts';
import { useTestSite } from './helpers/test-site.ts';
import { type Counts, nodeSkips, nodeTest, playwrightCounts, playwrightProjectRan, playwrightSkipped, type PlaywrightReport } from './helpers/run-report.ts';

interface Step {
  name: string;
  command: string;
  /** Reads the counts from the step's output; steps without counts add 1 when they pass. */
  count?: (output: string) => Counts;
  /** Names (and reasons) of the tests the step skipped. */
  skips?: (output: string) => string[];
  /** What the step needs running first; if it throws, the step counts one failure with its message. */
  before?: () => Promise<void>;
  /** A failure to add after the step, if any (a project that did not run). */
  check?: () => string | undefined;
}

const E2E_REPORT = 'test-results/e2e.json';
const readReport = () => (existsSync(E2E_REPORT) ? (JSON.parse(readFileSync(E2E_REPORT, 'utf8')) as PlaywrightReport) : undefined);
const playwright = () => playwrightCounts(readReport());
const playwrightSkips = () => playwrightSkipped(readReport());

const IGNORED = /(^|\/)(fixtures|helpers|bench|setup)\//;
const files = (pattern: string, leaveOut?: RegExp) =>
  globSync(pattern)
    .filter((file) => !IGNORED.test(file) && !leaveOut?.test(file))
    .sort()
    .map((file) => `"${file}"`)
    .join(' ');

useTestSite();

let engine: Engine | undefined;
let site: { stop: () => void } | undefined;
const startDocker = async () => {
  engine = await startEngine();
  process.env[ENGINE_VAR] = engine.env.DOCKER_HOST;
};

const node = `"${process.execPath}"`;
const bin = (name: string) => `${node} node_modules/.bin/${name}`;
const steps: Step[] = [
  { name: 'tipos (astro check)', command: `${bin('astro')} check` },
  { name: 'unitarias', command: `${node} --test --test-reporter=spec ${files('tests/**/*.test.ts', /\.(dist|engine|container)\.test\.ts$/)}`, count: nodeTest, skips: nodeSkips },
  // Before the build, alone on the machine: the engine and its containers are stopped when it ends.
  { name: 'prácticas (Docker Engine real)', command: `${node} --test --test-reporter=spec ${files('tests/**/*.engine.test.ts')}`, count: nodeTest, skips: nodeSkips },
  { name: 'build de producción', command: `${bin('astro')} build` },
  // The PDFs are made from the built site with Chromium (src/pdf/README.md): a build step too.
  { name: 'build de los PDF (npm run pdf)', command: `${node} src/pdf/build.ts` },
  // pageAliases, heading and glossary aliases, one Chromium for new diagrams: tests/setup/fixture-site.ts.
  { name: 'sitio de fixtures (su build)', command: `${node} tests/setup/fixture-site.ts` },
  { name: 'sobre dist/', command: `${node} --test --test-reporter=spec ${files('tests/**/*.dist.test.ts')}`, count: nodeTest, skips: nodeSkips },
  // The image of this dist/ (and PDFs), after every check of dist/: one engine for these tests and
  // for the container the e2e project «contenedor» runs against; all of it stopped at the end.
  {
    name: 'contenedor: imagen, Compose, Swarm y sondas de Kubernetes (Docker Engine real)',
    command: `${node} --test --test-concurrency=1 --test-reporter=spec ${files('tests/**/*.container.test.ts')}`,
    count: nodeTest,
    skips: nodeSkips,
    before: startDocker,
  },
  {
    name: 'e2e (Playwright + Chromium)',
    command: `${bin('playwright')} test`,
    count: playwright,
    skips: playwrightSkips,
    before: async () => {
      if (!engine) throw new Error('sin Docker Engine (ver el paso «contenedor»): el proyecto «contenedor» no puede ejecutarse');
      const container = await startSiteContainer(engine.env, 'aula-e2e');
      site = container;
      process.env.CONTENEDOR_URL = container.url;
    },
    // Playwright leaves the project out without CONTENEDOR_URL (playwright.config.ts): here that is a failure.
    check: () => (playwrightProjectRan(readReport(), 'contenedor') === 0 ? 'el proyecto «contenedor» de Playwright no ejecutó ningún test' : undefined),
  },
];

try {
  await ensureChromium();
  // The e2e project «nginx» runs against the production server config (npm run serve:nginx).
  ensureNginx();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const skipped: string[] = [];
rmSync('test-results', { recursive: true, force: true });
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const failures: string[] = [];
  try {
    await step.before?.();
  } catch (error) {
    failures.push((error as Error).message);
  }
  const run = spawnSync(step.command, { shell: true, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(run.stdout);
  const counts = step.count ? step.count(run.stdout) : { passed: run.status === 0 ? 1 : 0, failed: run.status === 0 ? 0 : 1, skipped: 0 };
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  const after = step.check?.();
  if (after) failures.push(after);
  for (const failure of failures) console.error(`✖ ${step.name}: ${failure}`);
  counts.failed += failures.length;
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  skipped.push(...(step.skips?.(run.stdout) ?? []));
  console.log(`◀ ${step.name}: ${counts.passed} bien, ${counts.failed} mal, ${counts.skipped} omitidos`);
  // Later steps test the build: without one they would only add noise.
  if (run.status !== 0 && step.name.startsWith('build')) break;
}
site?.stop();
await engine?.stop();
if (skipped.length) console.log(`\nOmitidos (${skipped.length}):\n${skipped.map((name) => `  ${name}`).join('\n')}`);
console.log(`\nResumen: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
