import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './src/browser/chromium.ts';

const PORT = Number(process.env.PREVIEW_PORT ?? 4321);
/** The production nginx (`npm run serve:nginx`), for the specs in tests/server/. */
const NGINX_PORT = Number(process.env.NGINX_PORT ?? 8080);

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: await requireChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'preview', testIgnore: 'server/**' },
    // The same build behind the real server config: redirects, status pages, headers, CSP.
    { name: 'nginx', testMatch: 'server/**/*.spec.ts', use: { baseURL: `http://localhost:${NGINX_PORT}` } },
  ],
  // The production build, served as a static host would: tests never run against astro dev.
  webServer: [
    {
      command: `astro preview --port ${PORT} --host localhost`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: 'npm run serve:nginx',
      env: { PORT: String(NGINX_PORT) },
      url: `http://localhost:${NGINX_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
