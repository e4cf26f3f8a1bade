import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LinkIndex } from '../links/link-index.ts';
import { t } from '../i18n/ui.ts';
import { qrPath, qrPoster } from './qr.ts';
import { readBuiltLinkIndex } from '../links/dist-pages.ts';

/** A «Mostrar QR» label: "1.13.3 Volúmenes", "Figura 1.9. Cluster…". */
export const qrLabel = (entry: LinkIndex['enlaces'][number]) =>
  entry.tipo === 'figura' ? `${t('figure.label')} ${entry.numero}. ${entry.titulo}` : `${entry.numero} ${entry.titulo}`;

/**
 * At the end of the build, one QR image per short URL (sections, subsections, figures), read from
 * dist/enlaces.json so they hold exactly the addresses the site publishes.
 */
export default function qrCodes(): AstroIntegration {
  return {
    name: 'qr-codes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const index = readBuiltLinkIndex(dist);
        const entries = index.enlaces.filter((entry) => entry.corta && entry.urlCorta);
        for (const entry of entries) {
          const target = join(dist, qrPath(entry.corta!));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, await qrPoster(entry.urlCorta!, qrLabel(entry)));
        }
        logger.info(index.sitio ? `${entries.length} códigos QR para ${index.sitio}` : 'Sin códigos QR: necesitan la dirección pública del sitio (SITE_URL)');
      },
    },
  };
}
