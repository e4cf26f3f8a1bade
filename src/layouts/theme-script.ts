import type { AstroIntegration } from 'astro';

/**
 * The stored or system theme, applied before first paint so nothing flashes. Injected as a
 * head-inline script rather than written `is:inline` in Base.astro: Astro's CSP (security.csp)
 * hashes injected scripts, but not `is:inline` ones.
 */
export const THEME_SCRIPT =
  "document.documentElement.dataset.theme=localStorage.getItem('tema')||(matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light');";

export default function themeScript(): AstroIntegration {
  return {
    name: 'docker-en-el-aula:theme-script',
    hooks: { 'astro:config:setup': ({ injectScript }) => injectScript('head-inline', THEME_SCRIPT) },
  };
}
