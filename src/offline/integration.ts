import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { KILL_SWITCH } from './kill-switch.ts';
import { shortUrlScript } from './short-urls.ts';
import { OFFLINE_PAGE, offlineEnabled } from './switch.ts';
import { readBuiltLinkIndex } from '../links/dist-pages.ts';


/** What a reader may need with no network; PDFs and downloads are fetched only on demand. */
export const PRECACHE = ['**/*.{html,css,js,svg,json,webmanifest}', 'iconos/*.png', 'pagefind/**/*'];
// The teacher's kit (PDFs, figure files, QR codes, preview cards, reference files) is fetched only when asked for.
export const NOT_PRECACHED = ['sw.js', 'sw-enlaces.js', '**/*.{gz,br,pdf}', 'descargas/**', 'figuras/**', 'qr/**', 'og/**', 'citar/*.json', '_redirects'];

/**
 * Writes dist/sw.js after the search index exists (this integration comes after search() in
 * astro.config.ts). A Workbox warning (a file too big to precache, say) fails the build: an
 * offline site with a hole in it is worse than none.
 */
export default function offline(): AstroIntegration {
  return {
    name: 'docker-en-el-aula:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        if (!offlineEnabled()) {
          writeFileSync(join(out, 'sw.js'), KILL_SWITCH);
          logger.warn('OFFLINE=0: sin lectura sin conexión; sw.js borra cualquier worker anterior.');
          return;
        }
        const index = readBuiltLinkIndex(out);
        writeFileSync(join(out, 'sw-enlaces.js'), shortUrlScript(index));
        const { count, size, warnings } = await generateSW({
          globDirectory: out,
          globPatterns: PRECACHE,
          globIgnores: NOT_PRECACHED,
          swDest: join(out, 'sw.js'),
          importScripts: ['/sw-enlaces.js'],
          directoryIndex: 'index.html',
          // Search results add ?resaltar=…, a linked search ?q=…: the same precached page. Pagefind
          // asks for its entry file with ?ts=… to dodge HTTP caches; the precache is revisioned.
          ignoreURLParametersMatching: [/^resaltar$/, /^q$/, /^ts$/, /^utm_/],
          // Hashed by Vite already: the URL is the revision.
          dontCacheBustURLsMatching: /^_astro\//,
          // A new deployment waits until the reader chooses «Actualizar» (register.ts).
          skipWaiting: false,
          clientsClaim: false,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: `${OFFLINE_PAGE}index.html` } },
            },
          ],
        });
        if (warnings.length > 0) throw new Error(`Workbox: ${warnings.join('\n')}`);
        logger.info(`Lectura sin conexión: ${count} archivos (${(size / 1024).toFixed(0)} KB) en la precaché`);
      },
    },
  };
}
