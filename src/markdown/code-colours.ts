import { writeFileSync } from 'node:fs';
import { transformerStyleToClass } from '@shikijs/transformers';
import type { AstroIntegration } from 'astro';

/** Where the build writes the code colours; src/layouts/Base.astro links it. */
export const CODE_COLOURS_PATH = '/codigo.css';

/**
 * Shiki writes each token's colours as style="" attributes, which a strict CSP blocks. This
 * transformer (listed in astro.config.ts) turns them into classes; their rules are only known once
 * every code block is highlighted, so the integration writes them at the end of the build.
 */
export const styleToClass = transformerStyleToClass({ classPrefix: 'sk-' });

export default function codeColours(): AstroIntegration {
  return {
    name: 'docker-en-el-aula:code-colours',
    hooks: {
      // In `astro dev` pages render on request, before their stylesheet is asked for: serve what is known.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(CODE_COLOURS_PATH, (_request, response) => {
          response.setHeader('Content-Type', 'text/css');
          response.end(styleToClass.getCSS());
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const css = styleToClass.getCSS();
        // Sorted: the same content gives the same file (tests/quality/reproducible.dist.test.ts).
        const rules = css.split(/(?<=\})/).map((rule) => rule.trim()).filter(Boolean).sort().join('\n');
        writeFileSync(new URL(CODE_COLOURS_PATH.slice(1), dir), `/* Generado en el build (src/markdown/code-colours.ts). */\n${rules}\n`);
        logger.info(`${CODE_COLOURS_PATH}: ${styleToClass.getClassRegistry().size} combinaciones de color`);
      },
    },
  };
}
