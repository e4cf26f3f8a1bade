import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './src/browser/chromium.ts';
import { freePort } from './tests/helpers/free-port.ts';

// Every run starts its own `astro preview` of the fresh dist/ on a port nobody is using, and never
// reuses a server it finds there: a leftover `npm start` (or another worktree's preview) is never
// what gets tested. PREVIEW_PORT chooses the port by hand; if that port is taken, the run stops.
// The port is chosen once, in the main process, and handed to the workers through the environment
// (they load this file again).
// An empty PREVIEW_PORT counts as unset.
process.env.PLAYWRIGHT_PREVIEW_PORT ||= process.env.PREVIEW_PORT || String(await freePort());
const PORT = Number(process.env.PLAYWRIGHT_PREVIEW_PORT);
/** The production nginx (`npm run serve:nginx`), for the specs in tests/server/: a free port too. */
process.env.PLAYWRIGHT_NGINX_PORT ||= process.env.NGINX_PORT || String(await freePort());
const NGINX_PORT = Number(process.env.PLAYWRIGHT_NGINX_PORT);
/**
 * The site's container image (Dockerfile), which `npm test` builds from this dist/ and runs before
 * this step (tests/run.ts), where a run without this project fails. Run by hand without CONTENEDOR_URL,
 * Playwright leaves the project out.
 */
const CONTENEDOR_URL = process.env.CONTENEDOR_URL;

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  // Not test-results/ itself: Playwright empties its outputDir, and the fixture site's build lives
  // in test-results/fixture-site/ (tests/setup/fixture-site.ts).
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: await requireChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'preview', testIgnore: 'server/**' },
    // The same build behind the real server config: redirects, status pages, headers, CSP.
    { name: 'nginx', testMatch: 'server/**/*.spec.ts', use: { baseURL: `http://127.0.0.1:${NGINX_PORT}` } },
    // The same specs against the container: the same sitio.conf, inside the image that ships.
    ...(CONTENEDOR_URL ? [{ name: 'contenedor', testMatch: 'server/**/*.spec.ts', use: { baseURL: CONTENEDOR_URL } }] : []),
  ],
  // The production build, served as a static host would: tests never run against astro dev.
  // `node_modules/.bin/astro` with this Node: a bare `astro` exists only inside `npm run`.
  // --ignore-lock: in the foreground, whatever else runs. Without it Astro refuses to start while
  // another preview of this folder is alive (a `npm start`, the last run's server), and under a coding
  // agent it moves the server to the background, where it outlives the run and its lock blocks the next.
  webServer: [
    {
      command: `"${process.execPath}" node_modules/.bin/astro preview --ignore-lock --port ${PORT} --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'npm run serve:nginx',
      env: { PORT: String(NGINX_PORT) },
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
