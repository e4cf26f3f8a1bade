import type { AstroIntegration } from 'astro';

/** The public address from SITE_URL, or undefined: never a placeholder that would reach a reader. */
export function siteAddress(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env.SITE_URL?.trim();
  if (!value) return undefined;
  const url = new URL(value);
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL debe empezar por http:// o https:// (es «${value}»)`);
  return url.href;
}

/** One warning line per build without SITE_URL, saying what is left out. */
export default function siteAddressWarning(): AstroIntegration {
  return {
    name: 'docker-en-el-aula:site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!siteAddress()) {
          logger.warn('Sin SITE_URL: el build omite las URL canónicas, el sitemap y las URL absolutas de /enlaces.json (SITE_URL=https://… npm run build)');
        }
      },
    },
  };
}
