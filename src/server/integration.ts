import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { policyFromDist } from './csp.ts';
import { redirects, siteConfig } from './nginx.ts';
import { readBuiltLinkIndex } from '../links/dist-pages.ts';

/** Where the build writes the site's nginx config: next to dist/, never inside what is served. */
export const SITE_CONFIG = 'dist-nginx/sitio.conf';

/**
 * Writes dist-nginx/sitio.conf once dist/ is complete: redirects from /enlaces.json and the CSP
 * from the pages Astro wrote. Listed after every integration that adds pages or scripts.
 */
export default function serverConfig(): AstroIntegration {
  let root: URL;
  return {
    name: 'docker-en-el-aula:server-config',
    hooks: {
      'astro:config:done': ({ config }) => void (root = config.root),
      'astro:build:done': ({ dir, logger }) => {
        const index = readBuiltLinkIndex(dir);
        const file = new URL(SITE_CONFIG, root);
        mkdirSync(new URL('.', file), { recursive: true });
        writeFileSync(file, siteConfig(index, policyFromDist(fileURLToPath(dir))));
        logger.info(`${SITE_CONFIG}: ${redirects(index).length} redirecciones 301 y la CSP de las páginas`);
      },
    },
  };
}
