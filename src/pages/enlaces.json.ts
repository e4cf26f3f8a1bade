import type { APIRoute } from 'astro';
import { getLinkIndex } from '../links/get-link-index.ts';

/** The teachers' link index as data for course tools; described by /enlaces.schema.json. */
export const GET: APIRoute = async () => {
  const index = await getLinkIndex();
  const body = { $schema: new URL('/enlaces.schema.json', index.sitio).href, ...index };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
