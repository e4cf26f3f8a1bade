import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

/** Text worth compressing. Pagefind's own files (.pf_*, .pagefind) are gzip inside already; the
 *  offline pack (src/offline/pack.ts) is mostly styles, scripts and data. */
const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt|md|pack)$/;

/** Writes file.gz and file.br beside each text file of dir, when smaller; returns how many. */
export function precompress(dir: string): number {
  let written = 0;
  for (const file of globSync('**/*', { cwd: dir }).filter((f) => TEXT.test(f)).sort()) {
    const path = join(dir, file);
    const data = readFileSync(path);
    // Level 9 and quality 11 cost build time once instead of CPU on every request.
    const gz = gzipSync(data, { level: 9 });
    const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
    if (gz.length < data.length) (writeFileSync(`${path}.gz`, gz), written++);
    if (br.length < data.length) (writeFileSync(`${path}.br`, br), written++);
  }
  return written;
}

/** Precompresses dist/ for nginx's gzip_static and brotli_static: the last integration of the build. */
export default function precompressIntegration(): AstroIntegration {
  return {
    name: 'docker-en-el-aula:precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => logger.info(`${precompress(fileURLToPath(dir))} archivos .gz y .br para gzip_static y brotli_static`),
    },
  };
}
