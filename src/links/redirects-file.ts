import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { redirectTarget, type LinkIndex } from './link-index.ts';
import { readBuiltLinkIndex } from './dist-pages.ts';

/** `_redirects` lines (Netlify, Cloudflare Pages): each short URL, with and without its slash. */
export function redirectLines({ enlaces, redirecciones }: LinkIndex): string[] {
  return [
    ...enlaces.flatMap((entry) => (entry.corta ? [`${entry.corta} ${redirectTarget(entry)} 301`, `${entry.corta}/ ${redirectTarget(entry)} 301`] : [])),
    // A renamed page: the browser keeps the #anchor across a real redirect.
    ...redirecciones.flatMap(({ desde, hacia }) => [`${desde.slice(0, -1)} ${hacia} 301`, `${desde} ${hacia} 301`]),
  ];
}

/**
 * Writes dist/_redirects from dist/enlaces.json once the build is done, so hosts that read it
 * answer short URLs with a real 301; elsewhere the static redirect pages do the job.
 */
export default function redirectsFile(): AstroIntegration {
  return {
    name: 'docker-en-el-aula:redirects-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const index = readBuiltLinkIndex(dir);
        const lines = redirectLines(index);
        writeFileSync(new URL('_redirects', dir), `# Generado en el build desde /enlaces.json: no editar.\n${lines.join('\n')}\n`);
        logger.info(`_redirects: ${lines.length / 2} redirecciones`);
      },
    },
  };
}
