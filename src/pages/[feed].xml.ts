import type { APIRoute, GetStaticPaths } from 'astro';
import { changeData, hasFeed } from '../changes/fields.ts';
import { changesFeed } from '../changes/feed.ts';
import { getLinkIndex } from '../links/get-link-index.ts';

/**
 * /cambios.xml, the Atom feed of content/cambios.yaml. A dynamic route only so that it can be left
 * out: its links are absolute, so without SITE_URL there is no feed (like the QR codes).
 */
export const getStaticPaths = (async () => {
  const { sitio } = await getLinkIndex();
  return hasFeed(sitio) ? [{ params: { feed: 'cambios' } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const index = await getLinkIndex();
  const body = changesFeed({ ...index, sitio: index.sitio! }, changeData().record!);
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
