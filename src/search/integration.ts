import type { AstroIntegration } from 'astro';
import { globSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import strings from '../i18n/es.json' with { type: 'json' };
import { recompress } from './recompress.ts';
import { splitPage } from './records.ts';

/** Fails the build with Pagefind's own messages, naming the step that produced them. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind (${step}) falló:\n${errors.join('\n')}`);
}

/**
 * Files Pagefind writes that this site never requests: its three UIs (client/results.ts draws the
 * results on its JS API), the worker (client/pagefind.ts sets noWorker) and the WebAssembly for pages
 * without a known language (every page is lang="es").
 */
export const UNUSED = [
  ...['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui'].flatMap((ui) => [`${ui}.js`, `${ui}.css`]),
  'pagefind-worker.js',
  'wasm.unknown.pagefind',
];

/** The search bundle's strings: es.json's "search.*" entries, as a module (client/strings.ts). */
const STRINGS_MODULE = 'virtual:search-strings';
const searchStrings = () => Object.fromEntries(Object.entries(strings).filter(([key]) => key.startsWith('search.')));

/**
 * Builds the Pagefind index over dist/ after every production build. Only elements marked
 * data-pagefind-body are indexed; the language (Spanish stemming) comes from <html lang="es">.
 * Also gives the client its strings alone: imported whole, es.json was half the search bundle.
 */
function stringsPlugin() {
  const resolved = `\0${STRINGS_MODULE}`;
  return {
    name: 'docker-en-el-aula:search-strings',
    resolveId: (id: string) => (id === STRINGS_MODULE ? resolved : undefined),
    load: (id: string) => (id === resolved ? `export default ${JSON.stringify(searchStrings())};` : undefined),
  };
}

export default function search(): AstroIntegration {
  return {
    name: 'docker-en-el-aula:search',
    hooks: {
      // The bundle is built as a worker file (client/loader.ts): Vite gives those their own plugin list.
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [stringsPlugin()], worker: { plugins: () => [stringsPlugin()] } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex();
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind (createIndex) no devolvió ningún índice');
          // One record per part of a page (records.ts), each under its own address with its anchor.
          let records = 0;
          for (const file of globSync('**/index.html', { cwd: site }).sort()) {
            const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
            for (const part of splitPage(readFileSync(`${site}${file}`, 'utf8'), path)) {
              const added = await index.addHTMLFile({ url: part.url, content: part.html });
              check(`addHTMLFile ${part.url} (de ${file})`, added.errors);
              records += 1;
            }
          }
          if (records === 0) throw new Error(`Pagefind no encontró páginas con data-pagefind-body en ${site}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          check('writeFiles', written.errors);
          for (const file of UNUSED) rmSync(`${written.outputPath}/${file}`);
          const saved = await recompress(written.outputPath);
          logger.info(`Pagefind recomprimido con Zopfli: ${(saved / 1024).toFixed(1)} KB menos`);
          logger.info(`Índice de búsqueda: ${records} partes de página en ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
