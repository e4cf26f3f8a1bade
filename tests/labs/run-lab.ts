// Runs one lab as a student would: its bash blocks in page order, in one shell, against the test
// engine; then checks each exit code, each shown output and what the lab left behind. Every problem is
// one line that starts with `archivo:línea` and names the command.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Command, Lab } from '../../src/labs/labs.ts';
import { changes, engineState, reset } from './engine-state.ts';
import { difference } from './expected-output.ts';

const LAB_TIMEOUT_MS = 3 * 60_000;

interface Step extends Command {
  /** The last command of a ```bash falla block: it must exit non-zero. */
  mustFail: boolean;
  /** The ```text block that shows this command's output. */
  shown?: { line: number; lines: string[] };
}

export function steps(lab: Lab): Step[] {
  const out: Step[] = [];
  let last: Step | undefined;
  for (const block of lab.blocks) {
    if (block.lang === 'bash') {
      const mustFail = block.meta.includes('falla');
      block.commands.forEach((command, i) => out.push((last = { ...command, mustFail: mustFail && i === block.commands.length - 1 })));
    } else if (block.lang === 'text') {
      if (!last) throw new Error(`${relative('.', lab.file)}:${block.line}: un bloque text sin un comando antes en la práctica «${lab.title}»`);
      if (last.shown) throw new Error(`${relative('.', lab.file)}:${block.line}: dos bloques text para «${last.text}» (línea ${last.line})`);
      last.shown = { line: block.line, lines: block.lines };
    }
  }
  return out;
}

export function runLab(lab: Lab, env: NodeJS.ProcessEnv): string[] {
  const file = relative('.', lab.file);
  const all = steps(lab);
  const before = engineState(env);
  const dir = mkdtempSync(join(tmpdir(), 'aula-lab-'));
  const script = all
    .map((step, i) => {
      const stop = step.mustFail ? '' : `[ "$(cat "$D/${i}.rc")" = 0 ] || exit 0\n`;
      return `{ ${step.text}\n} >"$D/${i}.out" 2>"$D/${i}.err" </dev/null; echo $? >"$D/${i}.rc"\n${stop}`;
    })
    .join('');
  writeFileSync(join(dir, 'lab.sh'), `D=${dir}\ncd "$D"\n${script}`);
  // timeout(1) signals the whole process group: a docker command waiting for ever ends with the shell.
  const run = spawnSync('timeout', ['--kill-after=10', String(LAB_TIMEOUT_MS / 1000), 'bash', join(dir, 'lab.sh')], { env, encoding: 'utf8' });
  const problems: string[] = [];
  const read = (i: number, kind: string) => (existsSync(join(dir, `${i}.${kind}`)) ? readFileSync(join(dir, `${i}.${kind}`), 'utf8') : undefined);
  for (const [i, step] of all.entries()) {
    const rc = read(i, 'rc');
    const where = `${file}:${step.line}: «${step.text}»`;
    if (rc === undefined) {
      if (run.status === 124 || run.status === 137) problems.push(`${where} no terminó en ${LAB_TIMEOUT_MS / 60_000} min`);
      break;
    }
    const code = Number(rc.trim());
    const err = read(i, 'err')!.trim();
    if (step.mustFail && code === 0) problems.push(`${where} debía fallar (bloque «bash falla») y salió con el código 0`);
    if (!step.mustFail && code !== 0) {
      // A newer CLI names the API version it needs; a CLI as old as the engine does not know the flag.
      const api = /requires API version ([\d.]+)|client version [\d.]+ is too new|unknown flag: \S+/.exec(err);
      // CLI 28 ends some errors with a bare «exit status 1»: the line before it says what happened.
      const why = api ? `necesita un Docker Engine más nuevo que el probado (${api[0]})` : err.split('\n').filter((l) => !/^exit status \d+$/.test(l)).at(-1);
      problems.push(`${where} salió con el código ${code}: ${why}`);
      break;
    }
    if (step.shown) {
      const printed = step.mustFail ? err : read(i, 'out')!;
      const differs = difference(step.shown.lines, printed);
      if (differs) problems.push(`${file}:${step.shown.line}: la salida de «${step.text}» (línea ${step.line}) no es la que muestra la página: ${differs}`);
    }
  }
  const { left, removed } = changes(before, engineState(env));
  if (left.length) problems.push(`${file}:${lab.line}: la práctica «${lab.title}» deja restos en Docker: ${left.join(', ')}`);
  if (removed.length) problems.push(`${file}:${lab.line}: la práctica «${lab.title}» borra lo que ya había: ${removed.join(', ')}`);
  if (problems.length) reset(env, before);
  rmSync(dir, { recursive: true, force: true });
  return problems;
}
