// Builds the real project against a fixture's content/: a copy of the project in a temp folder
// (src/, public/, configs, node_modules linked), the fixture's content/ in place of ours, a real `astro build`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** Astro's command line, run with process.execPath: `astro` alone exists only inside `npm run`. */
export const ASTRO = join(ROOT, 'node_modules/.bin/astro');
const PROJECT = ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'];

export interface FixtureBuild {
  /** The temp copy of the project; remove it with `cleanup()`. */
  dir: string;
  outDir: string;
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  cleanup: () => void;
}

/**
 * A temp copy of the project (src/, public/, configs, node_modules linked) with `content` as its
 * content/; with several folders, each is copied over the previous one, so a case can overlay a
 * valid base. Tests run project scripts in it without touching the real content/ or cache.
 */
export function copyProject(content: string | string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-build-'));
  for (const entry of PROJECT) if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  for (const layer of [content].flat()) cpSync(layer, join(dir, 'content'), { recursive: true });
  linkModules(dir);
  return dir;
}

/** Builds a copy of the project (see copyProject) with a real `astro build`. */
export function buildFixture(content: string | string[], env: NodeJS.ProcessEnv = {}): FixtureBuild {
  const dir = copyProject(content);
  // This Node, not whichever `node` is first on PATH (outside `npm run` that may be too old for Astro).
  const run = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  return {
    dir,
    outDir: join(dir, 'dist'),
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Links each installed package, but not the caches (.vite, .astro): parallel builds must not share them. */
function linkModules(dir: string) {
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (CACHES.has(name)) continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
}
const CACHES = new Set(['.vite', '.astro', '.cache']);
