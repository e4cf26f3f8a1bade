import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { figureFiles } from '../figures/paths.ts';
import { readBuiltLinkIndex } from '../links/dist-pages.ts';
import { buildDeck, pngSize, type DeckFigure } from './deck.ts';
import { DECK_PATH } from './paths.ts';

/** A QR code as PNG, for slides: same quiet zone and level as the site's SVG codes (src/qr/qr.ts). */
const qrPng = (url: string) => QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 600 });

/**
 * Reads dist/enlaces.json and the figures' 2× PNGs and writes the deck to dist/ (DECK_PATH).
 * Without the site's public address there are no absolute short URLs to print or encode: no deck.
 * Returns the file written, or undefined when skipped.
 */
export async function writeDeck(dist: string, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<string | undefined> {
  const index = readBuiltLinkIndex(dist);
  if (!index.sitio) {
    logger.info('Sin diapositivas de figuras: necesitan la dirección pública del sitio (SITE_URL)');
    return undefined;
  }
  const figures: DeckFigure[] = [];
  for (const entry of index.enlaces.filter((e) => e.tipo === 'figura')) {
    const file = join(dist, figureFiles(entry.numero!).png);
    if (!existsSync(file)) throw new Error(`Diapositivas de figuras: falta el PNG de la figura ${entry.numero} (${file}); figureFiles() debe ir antes en astro.config.ts`);
    if (!entry.urlCorta) throw new Error(`Diapositivas de figuras: la figura ${entry.numero} no tiene dirección corta absoluta en enlaces.json`);
    const data = readFileSync(file);
    figures.push({ number: entry.numero!, caption: entry.titulo, shortUrl: entry.urlCorta, png: { data, ...pngSize(data) }, qr: await qrPng(entry.urlCorta) });
  }
  const sections = index.enlaces.filter((e) => e.tipo === 'seccion');
  // The newest section change, not the clock: the same tree gives the same bytes.
  const updated = sections.map((s) => s.actualizado ?? '').sort().at(-1);
  const date = updated ? new Date(`${updated}T00:00:00Z`) : new Date(Date.UTC(1980, 0, 1));
  const deck = await buildDeck(figures, { site: index.sitio, first: sections[0]?.numero ?? '', last: sections.at(-1)?.numero ?? '', date });
  const target = join(dist, DECK_PATH);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, deck);
  logger.info(`${figures.length} figuras en ${DECK_PATH} (${deck.length} bytes)`);
  return target;
}

/** At the end of the build, the figure deck for teachers' slides. Goes after figureFiles(), which writes the PNGs. */
export default function figureDeck(): AstroIntegration {
  return {
    name: 'figure-deck',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeDeck(fileURLToPath(dir), logger);
      },
    },
  };
}
