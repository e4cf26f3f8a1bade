// Dependencies: the tree is consistent (`npm ls --all`), and every direct dependency is used —
// imported somewhere, run as a command, or a peer that a used dependency needs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  bin?: string | Record<string, string>;
  name: string;
}

/** Packages that a command loads by name rather than by a bin of their own. */
const LOADED_BY = { '@astrojs/check': /\bastro check\b/ } as Record<string, RegExp>;

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const direct = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
const read = (name: string) => JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as Manifest;

const SOURCES = ['src', 'tests', '.ci'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|js|astro|mdx|json)$|^run$/.test(e.name) && !e.parentPath.includes('fixtures') && e.name !== 'dependencies.test.ts')
    .map((e) => join(e.parentPath, e.name)),
);
const code = [...SOURCES, ...readdirSync('.').filter((f) => /\.config\.(ts|mjs|js)$/.test(f))]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const commands = [...Object.values(manifest.scripts ?? {}), code].join('\n');
const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function imported(name: string): boolean {
  const target = name.startsWith('@types/') ? name.slice('@types/'.length) : name;
  if (target === 'node') return /from ['"]node:/.test(code);
  // require.resolve / require of a package file counts too (mermaid is loaded into the browser by path).
  return new RegExp(`(?:from\\s*|import\\s*\\(?\\s*|require(?:\\.resolve)?\\(\\s*)['"]${quote(target)}(?:/[^'"]*)?['"]`).test(code);
}
function run(name: string): boolean {
  const { bin } = read(name);
  const bins = typeof bin === 'string' ? [name.split('/').pop()!] : Object.keys(bin ?? {});
  if (LOADED_BY[name]?.test(commands)) return true;
  // A bin counts where a command starts: a script, after && or ;, npx, node_modules/.bin/, or a spawn call.
  const start = `(?:^|&&|;|\\bnpx\\s+|\\.bin/|\\b(?:spawn|spawnSync|sh)\\(\\s*|command:\\s*)["'\`]?\\s*`;
  return bins.some((b) => new RegExp(`${start}${quote(b)}(?=[\\s"'\`]|$)`, 'm').test(commands));
}

test('npm ls --all: sin dependencias que falten, inválidas o con peers sin cumplir', () => {
  const ls = spawnSync('npm', ['ls', '--all'], { encoding: 'utf8' });
  const problems = `${ls.stdout}\n${ls.stderr}`.split('\n').filter((l) => /UNMET|invalid|missing|extraneous|ERR!/i.test(l));
  assert.equal(ls.status, 0, problems.join('\n') || ls.stderr);
});

test('cada dependencia directa está instalada y se usa', () => {
  const used = new Set(direct.filter((name) => existsSync(join('node_modules', name)) && (imported(name) || run(name))));
  // A peer of a used package is used through it (typescript for @astrojs/check).
  for (const name of [...used]) for (const peer of Object.keys(read(name).peerDependencies ?? {})) if (direct.includes(peer)) used.add(peer);
  const unused = direct.filter((name) => !used.has(name));
  assert.deepEqual(unused, [], 'dependencias directas que nada importa ni ejecuta');
});

test('el README dice para qué está cada dependencia directa, y solo las que hay', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = /## Dependencias\n([\s\S]*?)(\n## |$)/.exec(readme)?.[1] ?? '';
  const listed = [...section.matchAll(/^\| ([^|]+) \|/gm)].flatMap((m) => [...m[1]!.matchAll(/`([^`]+)`/g)].map((n) => n[1]!));
  assert.deepEqual(direct.filter((name) => !listed.includes(name)), [], 'dependencias sin línea en la tabla «Dependencias» del README');
  assert.deepEqual(listed.filter((name) => !direct.includes(name)), [], 'paquetes en la tabla del README que no están en package.json');
});
