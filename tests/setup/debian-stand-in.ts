// The stand-in for Docker Hub's debian:bookworm-slim, the base of the site's image (Dockerfile): no
// registry is reachable, so it is made here, as Debian's own images are, with debootstrap (minbase
// variant), trimmed and configured like the slim image (no docs, man pages or locales; apt keeps no
// .deb). The root is kept as a tarball under CACHE: only a machine's first run pays for debootstrap.
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docker } from './docker-engine.ts';

export const DEBIAN = 'debian:bookworm-slim';
const CACHE_DIR = '/var/tmp/aula-docker-cache';
/** Bump the version when the recipe below changes: an old tarball is then made again. */
const TARBALL = join(CACHE_DIR, 'debian-bookworm-slim.v1.tar');

/** Imports the stand-in as debian:bookworm-slim into the engine, unless it is there already. */
export function ensureDebian(env: NodeJS.ProcessEnv) {
  if (spawnSync('docker', ['image', 'inspect', DEBIAN], { env, stdio: 'ignore' }).status === 0) return;
  if (!existsSync(TARBALL)) makeRoot();
  docker(env, 'import', '-c', 'CMD ["bash"]', TARBALL, DEBIAN);
}

function makeRoot() {
  const root = join(CACHE_DIR, 'root');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(CACHE_DIR, { recursive: true });
  console.log(`Creando la imagen sustituta ${DEBIAN} con debootstrap (solo la primera vez en esta máquina)…`);
  const { main, security } = mirrors();
  const run = spawnSync('debootstrap', ['--variant=minbase', 'bookworm', root, main], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`debootstrap no pudo crear ${DEBIAN} desde ${main}: ${`${run.stdout}${run.stderr}`.trim().split('\n').slice(-3).join(' ')}`);
  for (const dir of ['var/cache/apt/archives/*.deb', 'var/lib/apt/lists/*', 'usr/share/doc/*', 'usr/share/man/*', 'usr/share/locale/*', 'usr/share/info/*', 'etc/apt/sources.list']) {
    for (const path of globSync(join(root, dir))) rmSync(path, { recursive: true, force: true });
  }
  // What the slim image carries: the same sources, no docs, no package cache.
  const sources = (uri: string, suites: string) => `Types: deb\nURIs: ${uri}\nSuites: ${suites}\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n`;
  writeFileSync(join(root, 'etc/apt/sources.list.d/debian.sources'), `${sources(main, 'bookworm bookworm-updates')}\n${sources(security, 'bookworm-security')}`);
  writeFileSync(join(root, 'etc/apt/apt.conf.d/docker-clean'), ['DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };', 'Dir::Cache::pkgcache "";', 'Dir::Cache::srcpkgcache "";', 'Acquire::Languages "none";', ''].join('\n'));
  writeFileSync(join(root, 'etc/dpkg/dpkg.cfg.d/docker'), ['doc', 'man', 'locale', 'info', 'groff', 'lintian'].map((dir) => `path-exclude /usr/share/${dir}/*\n`).join(''));
  const tar = spawnSync('tar', ['--numeric-owner', '-C', root, '-cf', `${TARBALL}.part`, '.']);
  if (tar.status !== 0) throw new Error(`No se pudo empaquetar ${root}: ${tar.stderr}`);
  renameSync(`${TARBALL}.part`, TARBALL);
  rmSync(root, { recursive: true, force: true });
}

/** This machine's Debian mirrors (its apt sources), so the image's apt goes where the machine's goes. */
function mirrors(): { main: string; security: string } {
  const text = ['/etc/apt/sources.list', ...globSync('/etc/apt/sources.list.d/*.sources')]
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const uris = [...text.matchAll(/^(?:URIs:|deb)\s+(?:\[[^\]]*\]\s+)?(\S+)/gm)].map((m) => m[1]!);
  return {
    main: uris.find((uri) => !uri.includes('security')) ?? 'http://deb.debian.org/debian',
    security: uris.find((uri) => uri.includes('security')) ?? 'http://deb.debian.org/debian-security',
  };
}
