import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

/** Playwright, loaded only when needed, through require(): an import() here would go through
 *  Vite's module runner during `astro build`, which is closed by the time diagrams render. */
export const loadPlaywright = (): typeof import('playwright-core') => createRequire(import.meta.url)('playwright-core');

/** Where to look, in order: an explicit variable, Debian's Chromium, a Chrome on PATH. */
const ENV_VARS = ['CHROMIUM_PATH', 'CHROME_PATH'] as const;
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Flags for a headless, offline Chromium: without the networking ones it keeps dialling out. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const NO_BROWSER_HELP =
  'No se encontró Chromium: instala el de tu sistema (Debian/Ubuntu: «apt-get install chromium»), ' +
  'indica su ruta en CHROMIUM_PATH, o descarga el de Playwright con «npx playwright install chromium».';

/** The browser to drive, or undefined. Playwright's own download is the last resort.
 *  NO_CHROMIUM=1 makes this host look browserless (to try a cache-only build, and in tests). */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (env.NO_CHROMIUM === '1') return undefined;
  for (const name of ENV_VARS) {
    const path = env[name];
    if (path) {
      if (!existsSync(path)) throw new Error(`${name}=${path}, pero ese archivo no existe. ${NO_BROWSER_HELP}`);
      return path;
    }
  }
  const onPath = (env.PATH ?? '').split(delimiter).flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)));
  const found = [...SYSTEM_PATHS, ...onPath].find((path) => existsSync(path));
  if (found) return found;
  const downloaded = loadPlaywright().chromium.executablePath();
  return existsSync(downloaded) ? downloaded : undefined;
}

/** Like findChromium, but a missing browser is a one-line error that says how to get one. */
export async function requireChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const path = await findChromium(env);
  if (!path) throw new Error(NO_BROWSER_HELP);
  return path;
}
