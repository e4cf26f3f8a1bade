// `npm test` sets itself up like `playwright install --with-deps`: with no browser, a root
// machine with apt-get gets Debian's Chromium (one line says so); any other machine stops at
// once with one line, before a single test runs, instead of a cascade of failures.
import { findChromium, NO_BROWSER_HELP } from '../../src/browser/chromium.ts';
import { aptInstall, canInstall, SYSTEM_PACKAGES } from './system-packages.ts';

/** The browser's path, installing it first where possible; otherwise an error of one line. */
export async function ensureChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const found = await findChromium(env);
  if (found) return found;
  if (!canInstall(env)) throw new Error(NO_BROWSER_HELP);
  console.log(`No hay Chromium: instalando el de Debian («apt-get install ${SYSTEM_PACKAGES.chromium.join(' ')}»)…`);
  const run = aptInstall(SYSTEM_PACKAGES.chromium);
  const installed = run.ok ? await findChromium(env) : undefined;
  if (!installed) throw new Error(`No se pudo instalar Chromium (${run.ok ? 'no aparece tras instalarlo' : run.why}). ${NO_BROWSER_HELP}`);
  return installed;
}
