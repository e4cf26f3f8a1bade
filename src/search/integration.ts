import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Fails the build with Pagefind's own messages, naming the step that produced them. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind (${step}) falló:\n${errors.join('\n')}`);
}

/**
 * Files Pagefind writes that this site never requests (checked against the requests of a search
 * in tests/server/): the two other UIs, the worker (client/pagefind.ts sets noWorker) and the
 * WebAssembly for pages without a known language (every page is lang="es").
 */
export const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-worker.js', 'wasm.unknown.pagefind'];

/**
 * Builds the Pagefind index over dist/ after every production build. Only elements marked
 * data-pagefind-body are indexed; the language (Spanish stemming) comes from <html lang="es">.
 */
export default function search(): AstroIntegration {
  return {
    name: 'docker-en-el-aula:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex();
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind (createIndex) no devolvió ningún índice');
          const added = await index.addDirectory({ path: site });
          check(`addDirectory ${site}`, added.errors);
          if (added.page_count === 0) throw new Error(`Pagefind no encontró páginas con data-pagefind-body en ${site}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          check('writeFiles', written.errors);
          for (const file of UNUSED) rmSync(`${written.outputPath}/${file}`);
          logger.info(`Índice de búsqueda: ${added.page_count} páginas en ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
