// `npm test`: every check in order, on the real production build, then one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  command: string;
  /** Reads passed/failed counts from the step's output; steps without counts add 1 when they pass. */
  count?: (output: string) => { passed: number; failed: number };
}

const nodeTest = (output: string) => ({
  passed: Number(/^ℹ pass (\d+)/m.exec(output)?.[1] ?? 0),
  failed: Number(/^ℹ fail (\d+)/m.exec(output)?.[1] ?? 0),
});

const playwright = () => {
  const report = 'test-results/e2e.json';
  if (!existsSync(report)) return { passed: 0, failed: 1 };
  const { stats } = JSON.parse(readFileSync(report, 'utf8'));
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky };
};

const steps: Step[] = [
  { name: 'tipos (astro check)', command: 'astro check' },
  { name: 'unitarias', command: 'node --test --test-reporter=spec "tests/unit/**/*.test.ts"', count: nodeTest },
  { name: 'build de producción', command: 'astro build' },
  { name: 'sobre dist/', command: 'node --test --test-reporter=spec "tests/build/**/*.test.ts"', count: nodeTest },
  { name: 'e2e (Playwright + Chromium)', command: 'playwright test', count: playwright },
];

let passed = 0;
let failed = 0;
rmSync('test-results', { recursive: true, force: true });
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command}`);
  const run = spawnSync(step.command, { shell: true, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(run.stdout);
  const counts = step.count ? step.count(run.stdout) : { passed: run.status === 0 ? 1 : 0, failed: run.status === 0 ? 0 : 1 };
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  console.log(`◀ ${step.name}: ${counts.passed} bien, ${counts.failed} mal`);
  // Later steps test the build: without one they would only add noise.
  if (run.status !== 0 && step.name.startsWith('build')) break;
}
console.log(`\nResumen: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
