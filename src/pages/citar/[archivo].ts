import type { APIRoute } from 'astro';
import { getCitations } from '../../citations/get-citations.ts';
import { getLinkIndex } from '../../links/get-link-index.ts';

const FORMATS = {
  bib: { type: 'application/x-bibtex; charset=utf-8', join: (c: string[]) => `${c.join('\n\n')}\n` , pick: 'bibtex' },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', join: (c: string[]) => `${c.join('\n')}\n`, pick: 'ris' },
  json: { type: 'application/vnd.citationstyles.csl+json', join: (c: string[]) => `[\n${c.join(',\n')}\n]\n`, pick: 'csl' },
} as const;
type Format = keyof typeof FORMATS;

/** A section's references in one file a reference manager imports: /citar/1.13.bib, .ris, .json. */
export async function getStaticPaths() {
  if ((await getCitations()).size === 0) return [];
  const { enlaces } = await getLinkIndex();
  return enlaces
    .filter((e) => e.tipo === 'seccion')
    .flatMap((section) => (Object.keys(FORMATS) as Format[]).map((format) => ({ params: { archivo: `${section.numero}.${format}` }, props: { section: section.numero!, format } })));
}

export const GET: APIRoute = async ({ props }) => {
  const { section, format } = props as { section: string; format: Format };
  const { type, join, pick } = FORMATS[format];
  const units = [...(await getCitations()).values()].filter(({ entry }) => entry.seccion === section);
  const texts = units.map(({ cita }) => (pick === 'csl' ? JSON.stringify(cita.csl, null, 2) : cita[pick]));
  return new Response(join(texts), { headers: { 'Content-Type': type } });
};
