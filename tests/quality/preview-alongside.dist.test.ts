// The e2e server starts even while another `astro preview` of this folder is running (a forgotten
// `npm start`, or the last run's server): Astro 7 refuses a second preview unless --ignore-lock, and
// the run would fail instead of testing the fresh dist/. Both serve dist/ here, on free ports.
import { spawn, type ChildProcess } from 'node:child_process';
import { test } from 'node:test';
import { freePort } from '../helpers/free-port.ts';

const ASTRO = 'node_modules/.bin/astro';

function start(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, [ASTRO, 'preview', ...args], { env: { ...process.env, ...env }, detached: true });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

/** Resolves when the URL answers, rejects when the process exits first or time runs out. */
async function answers(url: string, child: ChildProcess, output: () => string, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview terminó (código ${child.exitCode}) sin servir ${url}:\n${output()}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} no respondió en ${seconds} s:\n${output()}`);
}

const stop = (child: ChildProcess) => {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
};

test('the e2e server command starts while another astro preview of this folder is running', async () => {
  const [first, ours] = [await freePort(), await freePort()];
  // The other preview as `npm start` runs it, in the foreground, holding Astro's lock file.
  const other = start(['--port', String(first), '--host', '127.0.0.1'], { ASTRO_PREVIEW_BACKGROUND: '1' });
  try {
    await answers(`http://127.0.0.1:${first}/`, other.child, other.output);
    // The command of playwright.config.ts's webServer (tests/quality/playwright-config.test.ts checks they agree).
    const mine = start(['--ignore-lock', '--port', String(ours), '--host', '127.0.0.1']);
    try {
      await answers(`http://127.0.0.1:${ours}/`, mine.child, mine.output);
    } finally {
      stop(mine.child);
    }
  } finally {
    stop(other.child);
  }
});
