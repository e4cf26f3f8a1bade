import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeFigureFiles } from './build.ts';

/** At the end of the build, every figure becomes files to download (dist/figuras/). */
export default function figureFiles(): AstroIntegration {
  return {
    name: 'figure-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const count = writeFigureFiles(fileURLToPath(dir));
        logger.info(`${count} figuras en SVG (claro y oscuro) y PNG 2×`);
      },
    },
  };
}
