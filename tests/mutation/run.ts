// `npm run mutation` (not part of `npm test`): puts back each known bug of tests/mutation/mutants.ts,
// one at a time, runs the checks of `npm test` that concern it, restores the file, and prints which
// bugs were caught. Every listed bug must be caught: the exit code is 1 otherwise.
//
//   npm run mutation                      every mutant, after a baseline run of all their checks
//   npm run mutation -- chromium-sin-path mermaid-init    only these (ids from mutants.ts)
//   npm run mutation -- --sin-base        skip the baseline (only when it just passed)
//
// Safety: it refuses to start if any file it patches has uncommitted changes (git status), patches in
// place, and restores the original bytes in a `finally` — also on Ctrl+C or SIGTERM. A mutant whose
// search text is not found exactly once is reported as «parche viejo», never silently skipped.
// The builds of the clean tree (dist/ and test-results/fixture-site/) are kept aside after the
// baseline and put back after every mutant that rebuilt them, so no mutant is judged on another's build.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Checks, MUTANTS, type Mutant } from './mutants.ts';
import { useTestSite } from '../helpers/test-site.ts';

// Like npm test (tests/run.ts): builds and dist tests expect the site's public address.
useTestSite();

const ROOT = resolve(import.meta.dirname, '../..');
process.chdir(ROOT);
const node = process.execPath;
const args = process.argv.slice(2);
const withBaseline = !args.includes('--sin-base');
const only = args.filter((arg) => !arg.startsWith('--'));
const unknown = only.filter((id) => !MUTANTS.some((m) => m.id === id));
if (unknown.length) {
  console.error(`Mutantes desconocidos: ${unknown.join(', ')}. Los hay: ${MUTANTS.map((m) => m.id).join(', ')}`);
  process.exit(2);
}
const mutants = only.length ? MUTANTS.filter((m) => only.includes(m.id)) : MUTANTS;

interface Outcome {
  ok: boolean;
  /** The check that failed, or why nothing ran. */
  detail: string;
}

/** Runs a command to the end, output to a log only (the table is what matters); resolves to its exit code. */
let current: ReturnType<typeof spawn> | undefined;
function run(command: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    current = child;
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      current = undefined;
      done({ code: code ?? 1, output });
    });
  });
}

/** The checks in `npm test`'s order; stops at the first failure (the mutant is caught). */
async function runChecks(checks: Checks, log: string[]): Promise<Outcome> {
  const steps: [string, string, string[]][] = [];
  if (checks.build) steps.push(['build', node, ['node_modules/.bin/astro', 'build']]);
  if (checks.fixture) steps.push(['build del sitio de fixtures', node, ['tests/setup/fixture-site.ts']]);
  for (const file of checks.node ?? []) steps.push([file, node, ['--test', '--test-reporter=spec', file]]);
  if (checks.e2e?.length) {
    steps.push([checks.e2e.join(' '), node, ['node_modules/.bin/playwright', 'test', '--reporter=line', ...(checks.grep ? ['--grep', checks.grep] : []), ...checks.e2e]]);
  }
  for (const [name, command, argv] of steps) {
    const { code, output } = await run(command, argv, { ASTRO_TELEMETRY_DISABLED: '1' });
    log.push(`$ ${[command, ...argv].join(' ')}\n${output}`);
    if (code !== 0) return { ok: false, detail: name };
  }
  return { ok: true, detail: steps.map(([name]) => name).join(', ') };
}

const files = [...new Set(mutants.flatMap((m) => m.edits.map((e) => e.file)))];
const dirty = await run('git', ['status', '--porcelain', '--', ...files], { GIT_LITERAL_PATHSPECS: '1' });
if (dirty.code !== 0 || dirty.output.trim()) {
  console.error(`No se empieza: estos archivos tienen cambios sin commit (el script los parchea y los restaura):\n${dirty.output}`);
  process.exit(2);
}
const originals = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
const restore = () => {
  for (const [file, text] of originals) if (readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
};
const log: string[] = [];
mkdirSync('test-results', { recursive: true });
const logFile = resolve('test-results/mutation.log');
const saveLog = () => writeFileSync(logFile, log.join('\n'));

/** The clean tree's builds, kept aside: [where the tests read it, the copy]. */
const BUILDS = [
  ['dist', 'test-results/mutation-base/dist'],
  ['test-results/fixture-site', 'test-results/mutation-base/fixture-site'],
] as const;
let kept = false;
rmSync('test-results/mutation-base', { recursive: true, force: true });
const keepBuilds = () => {
  kept = true;
  for (const [live, copy] of BUILDS) {
    rmSync(copy, { recursive: true, force: true });
    if (existsSync(live)) cpSync(live, copy, { recursive: true });
  }
};
const putBuildsBack = () => {
  if (!kept) return;
  for (const [live, copy] of BUILDS) {
    if (!existsSync(copy)) continue;
    rmSync(live, { recursive: true, force: true });
    cpSync(copy, live, { recursive: true });
  }
};

const union: Checks = {
  build: mutants.some((m) => m.checks.build),
  fixture: mutants.some((m) => m.checks.fixture || m.checks.node?.some((f) => f.includes('fixture-site') || f.includes('update.dist'))),
  node: [...new Set(mutants.flatMap((m) => m.checks.node ?? []))],
};
const e2eFiles = [...new Set(mutants.flatMap((m) => m.checks.e2e ?? []))];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    current?.kill('SIGTERM');
    restore();
    putBuildsBack();
    console.error(`\nInterrumpido: archivos y builds restaurados.`);
    process.exit(130);
  });
}

if (withBaseline) {
  console.log(`Base: los checks de los ${mutants.length} mutantes sobre el árbol sin tocar…`);
  const base = await runChecks({ ...union, build: true, e2e: e2eFiles }, log);
  if (!base.ok) {
    saveLog();
    console.error(`La base ya falla en «${base.detail}»: un mutante «atrapado» no diría nada. Detalle en ${logFile}`);
    process.exit(1);
  }
}
keepBuilds();

interface Row {
  mutant: Mutant;
  result: 'atrapado' | 'NO atrapado' | 'parche viejo';
  detail: string;
  seconds: number;
}
const rows: Row[] = [];
try {
  for (const mutant of mutants) {
    const started = Date.now();
    process.stdout.write(`· ${mutant.id}… `);
    let row: Row;
    try {
      const stale = mutant.edits.find((edit) => readFileSync(edit.file, 'utf8').split(edit.search).length !== 2);
      if (stale) {
        row = { mutant, result: 'parche viejo', detail: `${stale.file}: el texto a cambiar no aparece exactamente una vez`, seconds: 0 };
      } else {
        for (const edit of mutant.edits) writeFileSync(edit.file, readFileSync(edit.file, 'utf8').replace(edit.search, () => edit.replace));
        log.push(`\n===== ${mutant.id}: ${mutant.bug}`);
        const outcome = await runChecks(mutant.checks, log);
        row = { mutant, result: outcome.ok ? 'NO atrapado' : 'atrapado', detail: outcome.detail, seconds: 0 };
      }
    } finally {
      restore();
      if (mutant.checks.build || mutant.checks.fixture) putBuildsBack();
    }
    row.seconds = Math.round((Date.now() - started) / 1000);
    rows.push(row);
    console.log(`${row.result} (${row.seconds} s)`);
  }
} finally {
  restore();
  putBuildsBack();
  rmSync('test-results/mutation-base', { recursive: true, force: true });
  saveLog();
}

const cell = (text: string) => text.replaceAll('|', '\\|');
console.log('\n| # | mutante | bug | ¿atrapado? | por |');
console.log('|---|---|---|---|---|');
rows.forEach(({ mutant, result, detail }, i) => console.log(`| ${i + 1} | \`${mutant.id}\` | ${cell(mutant.bug)} | ${result === 'atrapado' ? 'sí' : `**${result}**`} | ${cell(detail)} |`));
const missed = rows.filter((r) => r.result !== 'atrapado');
console.log(`\n${rows.length - missed.length} de ${rows.length} atrapados. Salida completa en ${logFile}`);
process.exit(missed.length ? 1 : 0);
