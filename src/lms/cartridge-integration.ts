import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltLinkIndex } from '../links/dist-pages.ts';
import { buildCartridge, type PublishedLinkIndex } from './cartridge.ts';
import { CARTRIDGE_PATH } from './paths.ts';

/**
 * Writes dist/descargas/…imscc from dist/enlaces.json, so the cartridge holds exactly the addresses
 * the site publishes. Returns the file written, or undefined without a site address.
 */
export async function writeCartridge(dist: string, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<string | undefined> {
  const index = readBuiltLinkIndex(dist) as PublishedLinkIndex;
  // Like the QR codes: an LMS stores the links, so a relative or placeholder address would break there.
  if (!index.sitio) {
    logger.info('Sin cartucho Common Cartridge: sus enlaces necesitan la dirección pública del sitio (SITE_URL)');
    return undefined;
  }
  const target = join(dist, CARTRIDGE_PATH);
  mkdirSync(dirname(target), { recursive: true });
  const bytes = await buildCartridge(index);
  writeFileSync(target, bytes);
  logger.info(`Cartucho Common Cartridge para ${index.sitio}: ${CARTRIDGE_PATH} (${(bytes.length / 1024).toFixed(1)} KB)`);
  return target;
}

/** The chapter as a Thin Common Cartridge for Moodle, Canvas and Brightspace (src/lms/README-cartridge.md). */
export default function courseCartridge(): AstroIntegration {
  return {
    name: 'course-cartridge',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeCartridge(fileURLToPath(dir), logger);
      },
    },
  };
}
