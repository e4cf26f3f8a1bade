// `npm test` sets itself up like `playwright install --with-deps`: with no browser, a root
// machine with apt-get gets Debian's Chromium (one line says so); any other machine stops at
// once with one line, before a single test runs, instead of a cascade of failures.
import { spawnSync } from 'node:child_process';
import { findChromium, NO_BROWSER_HELP } from '../../src/browser/chromium.ts';

const APT_INSTALL = 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium';

/** Root with apt-get, and not a simulated browserless host (NO_CHROMIUM=1 is a test of that path). */
export function canInstall(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_CHROMIUM === '1' || process.getuid?.() !== 0) return false;
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** The browser's path, installing it first where possible; otherwise an error of one line. */
export async function ensureChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const found = await findChromium(env);
  if (found) return found;
  if (!canInstall(env)) throw new Error(NO_BROWSER_HELP);
  console.log('No hay Chromium: instalando el de Debian («apt-get install chromium»)…');
  const run = spawnSync('sh', ['-c', APT_INSTALL], { encoding: 'utf8' });
  const installed = run.status === 0 ? await findChromium(env) : undefined;
  if (!installed) {
    const why = `${run.stderr ?? ''}`.trim().split('\n').at(-1) || `apt-get terminó con el código ${run.status}`;
    throw new Error(`No se pudo instalar Chromium (${why}). ${NO_BROWSER_HELP}`);
  }
  return installed;
}
