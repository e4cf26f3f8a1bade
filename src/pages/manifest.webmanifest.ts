import { t } from '../i18n/ui.ts';
import { ICON_SIZES } from '../offline/icons.ts';

/** The web app manifest, so a phone can keep the site on its home screen; texts from es.json. */
export function GET(): Response {
  const manifest = {
    name: t('site.title'),
    short_name: t('manifest.shortName'),
    description: t('site.description'),
    lang: 'es',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    // The light theme's page colour and the favicon's blue; the dark theme is chosen in the page.
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [
      ...ICON_SIZES.map((size) => ({ src: `/iconos/${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
}
