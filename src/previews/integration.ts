import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFigureSources } from '../figures/sources.ts';
import { standaloneSvg } from '../figures/standalone.ts';
import { t } from '../i18n/ui.ts';
import { renderCard } from './card.ts';
import { previewName, previewPath } from './paths.ts';
import { readBuiltLinkIndex } from '../links/dist-pages.ts';

/**
 * At the end of the build, one link preview per page worth sharing: the home page, each section,
 * subsection and figure (dist/og/). Titles and numbers come from dist/enlaces.json, the figure
 * drawings from the diagram cache, in the light theme.
 */
export default function linkPreviews(): AstroIntegration {
  return {
    name: 'link-previews',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const index = readBuiltLinkIndex(dist);
        const css = readFileSync('src/styles/diagrams.css', 'utf8');
        const figures = new Map(readFigureSources().map((figure) => [figure.number, figure]));
        const site = t('site.title');
        // Without SITE_URL the cards carry no address (and no page points at them: src/components/SocialImage.astro).
        const host = index.sitio ? new URL(index.sitio).host : '';
        // The home card shows the book's numbers the site covers: 1.13–1.15.
        const sections = index.enlaces.filter((entry) => entry.tipo === 'seccion').map((entry) => entry.numero);
        const cards = [
          { name: previewName('inicio'), card: { site, number: `${sections[0]}–${sections.at(-1)}`, title: t('site.tagline'), address: host } },
          ...index.enlaces
            .filter((entry) => entry.numero && entry.corta && entry.tipo !== 'termino')
            .map((entry) => {
              const figure = entry.tipo === 'figura' ? figures.get(entry.numero!) : undefined;
              if (entry.tipo === 'figura' && !figure) throw new Error(`enlaces.json: la Figura ${entry.numero} no tiene diagrama en content/secciones/`);
              return {
                name: previewName(entry.tipo as 'seccion' | 'apartado' | 'figura', entry.numero),
                card: {
                  site,
                  number: entry.tipo === 'figura' ? `${t('figure.label')} ${entry.numero}` : entry.numero!,
                  title: entry.titulo,
                  address: `${host}${entry.corta}`,
                  figureSvg: figure ? standaloneSvg(figure.svg, figure.number, figure.title, css, 'light') : undefined,
                },
              };
            }),
        ];
        for (const { name, card } of cards) {
          const target = join(dist, previewPath(name));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, await renderCard(card));
        }
        logger.info(`${cards.length} imágenes de vista previa (1200×630)`);
      },
    },
  };
}
