import type { AstroIntegration } from 'astro';
import { existsSync, globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlinePageStyles } from './inline.ts';

/**
 * Before every other step at the end of the build (pageCsp trims the policies next): each page's
 * styles go inline, only the rules it can use. A stylesheet no page links any more is deleted, so the
 * precache and the server never carry it.
 */
export default function pageStyles(): AstroIntegration {
  return {
    name: 'docker-en-el-aula:page-styles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const read = (href: string) => {
          const file = join(dist, href);
          if (!existsSync(file)) throw new Error(`Una página enlaza ${href}, que no está en dist/`);
          return readFileSync(file, 'utf8');
        };
        const scripts = globSync(['_astro/**/*.js', 'pagefind/*.js'], { cwd: dist }).sort().map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
        const pages = globSync('**/*.html', { cwd: dist }).sort();
        const linked = new Set<string>();
        let before = 0;
        let after = 0;
        for (const page of pages) {
          const file = join(dist, page);
          const html = readFileSync(file, 'utf8');
          const result = await inlinePageStyles(html, file, read, scripts);
          for (const href of result.replaced) linked.add(href);
          before += html.length + result.replaced.reduce((sum, href) => sum + read(href).length, 0);
          after += result.html.length;
          writeFileSync(file, result.html);
        }
        // A sheet a script still names (a lazy bundle's own CSS) stays.
        for (const href of linked) if (!scripts.includes(href.slice(href.lastIndexOf('/') + 1))) rmSync(join(dist, href));
        logger.info(`Estilos en línea: ${pages.length} páginas, solo las reglas que pueden usar; ${linked.size} hojas de estilo ya no hacen falta (${(before / 1024).toFixed(0)} → ${(after / 1024).toFixed(0)} KB sin comprimir)`);
      },
    },
  };
}
