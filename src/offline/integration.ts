import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getManifest, injectManifest } from 'workbox-build';
import { KILL_SWITCH } from './kill-switch.ts';
import { assertPackMatchesPrecache, writePack, type Pack } from './pack.ts';
import { redirectPages, shortUrlScript } from './short-urls.ts';
import { offlineEnabled } from './switch.ts';
import { readBuiltLinkIndex } from '../links/dist-pages.ts';
import type { LinkIndex } from '../links/link-index.ts';


/** What a reader may need with no network; PDFs and downloads are fetched only on demand. */
export const PRECACHE = ['**/*.{html,css,js,svg,json,webmanifest}', 'iconos/*.png', 'pagefind/**/*'];
// The teacher's kit (PDFs, figure files, QR codes, preview cards, reference files) is fetched only when asked for.
// The pack is how the files arrive (pack.ts), not a file to keep: they are cached one by one.
export const NOT_PRECACHED = ['sw.js', 'sw-enlaces.js', '**/*.{gz,br,pdf}', 'descargas/**', 'figuras/**', 'qr/**', 'og/**', 'citar/*.json', '_redirects', '*.pack'];
/** All that stays out of this build's precache. */
export const notPrecached = (index: LinkIndex) => [...NOT_PRECACHED, ...redirectPages(index)];

/** worker.ts as one script, with this build's pack in it; its precache list is still a placeholder. */
async function bundleWorker(root: URL, pack: Pack): Promise<string> {
  const { outputFiles, warnings } = await build({
    entryPoints: [fileURLToPath(new URL('src/offline/worker.ts', root))],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', PACK: JSON.stringify({ url: pack.url, integrity: pack.integrity }) },
  });
  if (warnings.length > 0) throw new Error(`esbuild (sw.js): ${warnings.map((warning) => warning.text).join('\n')}`);
  return outputFiles[0]!.text;
}

/**
 * Writes dist/sw.js after the search index exists (this integration comes after search() in
 * astro.config.ts). A Workbox warning (a file too big to precache, say) fails the build: an
 * offline site with a hole in it is worse than none.
 */
export default function offline(): AstroIntegration {
  let root: URL;
  return {
    name: 'docker-en-el-aula:offline',
    hooks: {
      'astro:config:done': ({ config }) => void (root = config.root),
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        if (!offlineEnabled()) {
          writeFileSync(join(out, 'sw.js'), KILL_SWITCH);
          logger.warn('OFFLINE=0: sin lectura sin conexión; sw.js borra cualquier worker anterior.');
          return;
        }
        const index = readBuiltLinkIndex(out);
        writeFileSync(join(out, 'sw-enlaces.js'), shortUrlScript(index));
        const files = { globDirectory: out, globPatterns: PRECACHE, globIgnores: notPrecached(index) };
        const listed = (await getManifest(files)).manifestEntries ?? [];
        const pack = writePack(out, listed.map((entry) => (typeof entry === 'string' ? entry : entry.url)));
        // injectManifest reads the bundled worker from a file and will not overwrite it in place.
        const temp = mkdtempSync(join(tmpdir(), 'sw-'));
        try {
          writeFileSync(join(temp, 'sw.js'), await bundleWorker(root, pack));
          const { count, size, warnings } = await injectManifest({
            swSrc: join(temp, 'sw.js'),
            swDest: join(out, 'sw.js'),
            ...files,
            // Hashed by Vite already: the URL is the revision.
            dontCacheBustURLsMatching: /^_astro\//,
            manifestTransforms: [(manifest) => (assertPackMatchesPrecache(manifest.map(({ url }) => url), pack), { manifest })],
          });
          if (warnings.length > 0) throw new Error(`Workbox: ${warnings.join('\n')}`);
          logger.info(`Lectura sin conexión: ${count} archivos (${(size / 1024).toFixed(0)} KB) en la precaché; ${count - pack.paths.length} páginas y ${pack.paths.length} archivos más en ${pack.url}`);
        } finally {
          rmSync(temp, { recursive: true, force: true });
        }
      },
    },
  };
}
