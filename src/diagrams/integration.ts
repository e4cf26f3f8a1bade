import type { AstroIntegration } from 'astro';
import { assertFigureReferences } from './figure-registry.ts';
import { closeRenderer } from './renderer.ts';

/**
 * The build's end for diagrams: links to figures that do not exist fail it, and the one
 * Chromium that rendered new diagrams (if any was started) is closed whatever happens.
 */
export default function diagrams(): AstroIntegration {
  return {
    name: 'diagrams',
    hooks: {
      'astro:build:done': async () => {
        try {
          assertFigureReferences();
        } finally {
          await closeRenderer();
        }
      },
      'astro:server:done': async () => {
        await closeRenderer();
      },
    },
  };
}
