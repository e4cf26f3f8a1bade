// The fixture site (tests/fixtures/site/content/): a small content/ that declares what the real one
// does not yet use — `pageAliases`, heading `aliases`, glossary `aliases` — and two new diagrams in
// two files. `npm test` builds it once, right after the production build, with the real project
// (tests/helpers/fixture-build.ts), and keeps what the tests read in test-results/fixture-site/:
//   dist/        the build, served by tests/links/fixture-site.spec.ts and read by *.dist.test.ts;
//   cache/       the diagram cache as the build left it (the committed SVGs plus the two new ones);
//   build.json   exit status, output, and every Chromium the build started.
// Chromium is counted through a wrapper script named in CHROMIUM_PATH that logs each start, then
// becomes the real browser: "one Chromium per build" is a fact measured here, not a reading of the code.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { requireChromium } from '../../src/browser/chromium.ts';
import { buildFixture } from '../helpers/fixture-build.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_CONTENT = join(ROOT, 'tests/fixtures/site/content');
/** Its public address, set explicitly: canonical URLs and the sitemap need one. */
export const FIXTURE_SITE_URL = 'https://fixtures.aula.test/';
export const FIXTURE_SITE = join(ROOT, 'test-results/fixture-site');
export const FIXTURE_DIST = join(FIXTURE_SITE, 'dist');
export const FIXTURE_CACHE = join(FIXTURE_SITE, 'cache');
const REPORT = join(FIXTURE_SITE, 'build.json');
const COMMITTED_CACHE = join(ROOT, 'src/diagrams/cache');

export interface FixtureSiteReport {
  status: number | null;
  output: string;
  /** One entry per Chromium process the build started (the wrapper's PID). */
  chromiumStarts: string[];
  /** Cache files the build wrote: the SVGs of the fixture's new diagrams. */
  cacheAdded: string[];
}

/** What the build step left; a missing build is an error that says how to make it. */
export function readFixtureSite(): FixtureSiteReport {
  if (!existsSync(REPORT)) {
    throw new Error(`No existe ${REPORT}: ejecuta «node tests/setup/fixture-site.ts» antes de estos tests (npm test lo hace tras el build)`);
  }
  return JSON.parse(readFileSync(REPORT, 'utf8')) as FixtureSiteReport;
}

export async function buildFixtureSite(): Promise<FixtureSiteReport> {
  rmSync(FIXTURE_SITE, { recursive: true, force: true });
  mkdirSync(FIXTURE_SITE, { recursive: true });
  const wrapperDir = mkdtempSync(join(tmpdir(), 'chromium-counter-'));
  const log = join(wrapperDir, 'starts.log');
  const wrapper = join(wrapperDir, 'chromium');
  writeFileSync(wrapper, `#!/bin/sh\necho "$$" >> '${log}'\nexec '${await requireChromium()}' "$@"\n`);
  chmodSync(wrapper, 0o755);
  const build = buildFixture(FIXTURE_CONTENT, { CHROMIUM_PATH: wrapper, CHROME_PATH: '', SITE_URL: FIXTURE_SITE_URL });
  try {
    const cache = join(build.dir, 'src/diagrams/cache');
    const committed = new Set(readdirSync(COMMITTED_CACHE));
    const report: FixtureSiteReport = {
      status: build.status,
      output: build.output,
      chromiumStarts: existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [],
      cacheAdded: existsSync(cache) ? readdirSync(cache).filter((name) => !committed.has(name)).sort() : [],
    };
    if (existsSync(build.outDir)) cpSync(build.outDir, FIXTURE_DIST, { recursive: true });
    if (existsSync(cache)) cpSync(cache, FIXTURE_CACHE, { recursive: true });
    writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
    return report;
  } finally {
    build.cleanup();
    rmSync(wrapperDir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const report = await buildFixtureSite();
  if (report.status !== 0) {
    console.error(report.output);
    console.error(`El build del sitio de fixtures falló (código ${report.status}).`);
    process.exit(1);
  }
  console.log(`Sitio de fixtures en ${FIXTURE_DIST} (Chromium arrancado ${report.chromiumStarts.length} vez/veces; SVG nuevos: ${report.cacheAdded.length}).`);
}
