import type { GetStaticPaths } from 'astro';
import { ICON_SIZES, iconPng } from '../../offline/icons.ts';

export const getStaticPaths = (() => ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export function GET({ params }: { params: { size: string } }): Response {
  return new Response(Buffer.from(iconPng(Number(params.size))), { headers: { 'Content-Type': 'image/png' } });
}
