// What a new machine needs beyond Node and npm, in one place (README «Requisitos»). `npm install &&
// npm start` needs none of it; `npm test` installs each group it lacks from Debian's packages (root
// with apt-get), one line each, like `playwright install --with-deps`. Everything else comes from the
// lock file: fonts for PNGs (@expo-google-fonts/arimo), PDF reading (pdfjs-dist), Node 24 (node).
import { spawnSync } from 'node:child_process';

export const SYSTEM_PACKAGES = {
  /** Browser of the e2e tests and the PDFs; Liberation Sans is the font new diagrams are measured with. */
  chromium: ['chromium', 'fonts-liberation'],
  /** The production server the «nginx» e2e project runs against, with precompressed brotli. */
  nginx: ['nginx', 'libnginx-mod-http-brotli-static'],
  /**
   * The labs' engine (tests/labs/), its stand-in for Docker Hub, the BusyBox its stand-in images hold,
   * debootstrap for the stand-in debian:bookworm-slim of the site's image, and Compose (tests/deploy/).
   */
  docker: ['docker.io', 'docker-registry', 'busybox-static', 'debootstrap', 'docker-compose'],
} as const;

/** Root with apt-get, and not a simulated bare host (NO_CHROMIUM=1 is a test of that path). */
export function canInstall(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_CHROMIUM === '1' || process.getuid?.() !== 0) return false;
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

let updated = false;

/** apt-get install, after one apt-get update per run; the last line of apt's error when it fails. */
export function aptInstall(packages: readonly string[]): { ok: true } | { ok: false; why: string } {
  const command = `${updated ? '' : 'apt-get update -qq && '}DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`;
  const run = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
  if (run.status !== 0) return { ok: false, why: `${run.stderr ?? ''}`.trim().split('\n').at(-1) || `apt-get terminó con el código ${run.status}` };
  updated = true;
  return { ok: true };
}
