import type { APIRoute } from 'astro';
import { getLinkIndex } from '../links/get-link-index.ts';

/** The teachers' link index as data for course tools; described by /enlaces.schema.json. */
export const GET: APIRoute = async () => {
  const index = await getLinkIndex();
  // Relative without SITE_URL: no placeholder address ever goes out.
  const body = { $schema: index.sitio ? new URL('/enlaces.schema.json', index.sitio).href : '/enlaces.schema.json', ...index };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
