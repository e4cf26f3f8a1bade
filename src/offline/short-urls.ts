import { redirectTarget, type LinkIndex } from '../links/link-index.ts';

/** Every address that the server answers with a 301: short URLs with and without their slash,
 *  and the old addresses of renamed pages. */
export function redirectMap({ enlaces, redirecciones }: LinkIndex): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of enlaces) if (entry.corta) Object.assign(map, { [entry.corta]: redirectTarget(entry), [`${entry.corta}/`]: redirectTarget(entry) });
  for (const { desde, hacia } of redirecciones) Object.assign(map, { [desde.slice(0, -1)]: hacia, [desde]: hacia });
  return map;
}

/** The redirect pages behind those addresses (figura/1.9/index.html…): the worker answers their
 *  navigations itself, so precaching them would only cost requests. */
export const redirectPages = (index: LinkIndex): string[] =>
  Object.keys(redirectMap(index)).filter((path) => path.endsWith('/')).map((path) => `${path.slice(1)}index.html`);

/**
 * The worker's first fetch listener (imported before Workbox's): a navigation to a short URL is
 * answered with a redirect to its page and #anchor, which is precached. Written by hand: Workbox
 * has no rule for "redirect this path", and the table is ours.
 */
export function shortUrlScript(index: LinkIndex): string {
  return `// Generado en el build desde /enlaces.json: no editar.
const REDIRECCIONES = ${JSON.stringify(redirectMap(index))};
self.addEventListener('fetch', (event) => {
  if (event.request.mode !== 'navigate') return;
  const url = new URL(event.request.url);
  const to = REDIRECCIONES[url.pathname];
  if (to) event.respondWith(Response.redirect(new URL(to, url.origin).href, 301));
});
`;
}
