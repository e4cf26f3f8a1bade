import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

/** Playwright, loaded only when needed, through require(): an import() here would go through
 *  Vite's module runner during `astro build`, which is closed by the time diagrams render. */
export const loadPlaywright = (): typeof import('playwright-core') => createRequire(import.meta.url)('playwright-core');

/** Where to look, in order: an explicit variable, Debian's Chromium, a Chrome on PATH. */
const ENV_VARS = ['CHROMIUM_PATH', 'CHROME_PATH'] as const;
export const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
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

/** Where findChromium looks besides the environment; tests replace them to look at PATH alone. */
export interface SearchPlaces {
  /** Fixed paths tried before PATH (default: Debian's, SYSTEM_PATHS). */
  systemPaths?: readonly string[];
  /** Playwright's downloaded browser, the last resort (default: playwright-core's path). */
  downloaded?: () => string;
}

/** The browser to drive, or undefined. Playwright's own download is the last resort.
 *  NO_CHROMIUM=1 makes this host look browserless (to try a cache-only build, and in tests). */
export async function findChromium(env: NodeJS.ProcessEnv = process.env, places: SearchPlaces = {}): Promise<string | undefined> {
  const { systemPaths = SYSTEM_PATHS, downloaded = () => loadPlaywright().chromium.executablePath() } = places;
  if (env.NO_CHROMIUM === '1') return undefined;
  for (const name of ENV_VARS) {
    const path = env[name];
    if (path) {
      if (!existsSync(path)) throw new Error(`${name}=${path}, pero ese archivo no existe. ${NO_BROWSER_HELP}`);
      return path;
    }
  }
  const onPath = (env.PATH ?? '').split(delimiter).flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)));
  const found = [...systemPaths, ...onPath].find((path) => existsSync(path));
  if (found) return found;
  const last = downloaded();
  return existsSync(last) ? last : undefined;
}

/** Like findChromium, but a missing browser is a one-line error that says how to get one. */
export async function requireChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const path = await findChromium(env);
  if (!path) throw new Error(NO_BROWSER_HELP);
  return path;
}
