// `npm test`: sets up its browser, then every check in order on the real production build,
// then one summary line. Tests sit beside the capability they test (tests/<folder>/):
// `*.test.ts` need no build, `*.dist.test.ts` read dist/, `*.spec.ts` drive Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './setup/chromium.ts';
import { ensureNginx } from './setup/nginx.ts';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Step {
  name: string;
  command: string;
  /** Reads the counts from the step's output; steps without counts add 1 when they pass. */
  count?: (output: string) => Counts;
}

const nodeTest = (output: string): Counts => {
  const read = (label: string) => Number(new RegExp(`^ℹ ${label} (\\d+)`, 'm').exec(output)?.[1] ?? 0);
  return { passed: read('pass'), failed: read('fail'), skipped: read('skipped') + read('todo') };
};

const playwright = (): Counts => {
  const report = 'test-results/e2e.json';
  if (!existsSync(report)) return { passed: 0, failed: 1, skipped: 0 };
  const { stats } = JSON.parse(readFileSync(report, 'utf8'));
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
};

const IGNORED = /(^|\/)(fixtures|helpers|bench|setup)\//;
const files = (pattern: string, leaveOut?: RegExp) =>
  globSync(pattern)
    .filter((file) => !IGNORED.test(file) && !leaveOut?.test(file))
    .sort()
    .map((file) => `"${file}"`)
    .join(' ');

// The site is tested as it is published, with a public address. The .test domain is reserved for
// tests (RFC 6761) and never resolves; tests/links/site-address.test.ts builds without one.
process.env.SITE_URL ??= 'https://aula.test/';

const steps: Step[] = [
  { name: 'tipos (astro check)', command: 'astro check' },
  { name: 'unitarias', command: `node --test --test-reporter=spec ${files('tests/**/*.test.ts', /\.dist\.test\.ts$/)}`, count: nodeTest },
  { name: 'build de producción', command: 'astro build' },
  // The PDFs are made from the built site with Chromium (src/pdf/README.md): a build step too.
  { name: 'build de los PDF (npm run pdf)', command: 'node src/pdf/build.ts' },
  { name: 'sobre dist/', command: `node --test --test-reporter=spec ${files('tests/**/*.dist.test.ts')}`, count: nodeTest },
  { name: 'e2e (Playwright + Chromium)', command: 'playwright test', count: playwright },
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
rmSync('test-results', { recursive: true, force: true });
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const run = spawnSync(step.command, { shell: true, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(run.stdout);
  const counts = step.count ? step.count(run.stdout) : { passed: run.status === 0 ? 1 : 0, failed: run.status === 0 ? 0 : 1, skipped: 0 };
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  console.log(`◀ ${step.name}: ${counts.passed} bien, ${counts.failed} mal, ${counts.skipped} omitidos`);
  // Later steps test the build: without one they would only add noise.
  if (run.status !== 0 && step.name.startsWith('build')) break;
}
console.log(`\nResumen: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
