import { writeFileSync } from 'node:fs';
import { transformerStyleToClass } from '@shikijs/transformers';
import type { Element, ElementContent } from 'hast';
import type { AstroIntegration } from 'astro';

/** Where the build writes the code colours; src/layouts/Base.astro links it. */
export const CODE_COLOURS_PATH = '/codigo.css';

/**
 * Shiki writes each token's colours as style="" attributes, which a strict CSP blocks. This
 * transformer (listed in astro.config.ts) turns them into classes; their rules are only known once
 * every code block is highlighted, so the integration writes them at the end of the build.
 */
export const styleToClass = transformerStyleToClass({ classPrefix: 'sk-' });

/**
 * After styleToClass: neighbouring tokens of one colour become one <span> (`docker swarm init`'s two
 * arguments, a comment's words). Same text, same colours, fewer tags.
 */
export const mergeSameColour = {
  name: 'docker-en-el-aula:merge-same-colour',
  code(code: Element) {
    for (const line of code.children) {
      if (line.type !== 'element') continue;
      const merged: ElementContent[] = [];
      for (const token of line.children) {
        const last = merged.at(-1);
        const sameClass = (a: ElementContent, b: ElementContent) =>
          a.type === 'element' && b.type === 'element' && a.tagName === 'span' && b.tagName === 'span' && Object.keys(a.properties).length === 1 && JSON.stringify(a.properties) === JSON.stringify(b.properties);
        const text = (node: ElementContent) => (node.type === 'element' && node.children.length === 1 && node.children[0]!.type === 'text' ? node.children[0]!.value : undefined);
        if (last && sameClass(last, token) && text(last) !== undefined && text(token) !== undefined && last.type === 'element') {
          last.children = [{ type: 'text', value: text(last)! + text(token)! }];
        } else merged.push(token);
      }
      line.children = merged;
    }
  },
};

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
      // Before build:done: src/page-styles/ inlines it into the pages, first thing at build:done.
      'astro:build:generated': ({ dir, logger }) => {
        const css = styleToClass.getCSS();
        // Sorted: the same content gives the same file (tests/quality/reproducible.dist.test.ts).
        const rules = css.split(/(?<=\})/).map((rule) => rule.trim()).filter(Boolean).sort().join('\n');
        writeFileSync(new URL(CODE_COLOURS_PATH.slice(1), dir), `/* Generado en el build (src/markdown/code-colours.ts). */\n${rules}\n`);
        logger.info(`${CODE_COLOURS_PATH}: ${styleToClass.getClassRegistry().size} combinaciones de color`);
      },
    },
  };
}
