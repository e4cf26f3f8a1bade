import type { APIRoute } from 'astro';
import { changeFields } from '../changes/fields.ts';
import { getCitations } from '../citations/get-citations.ts';
import { figureFiles } from '../figures/paths.ts';
import { getLinkIndex } from '../links/get-link-index.ts';
import { CHAPTER_PDF, sectionPdf } from '../pdf/paths.ts';
import { qrPath } from '../qr/qr.ts';

/** The teachers' link index as data for course tools; described by /enlaces.schema.json. */
export const GET: APIRoute = async () => {
  const index = await getLinkIndex();
  const citations = await getCitations();
  // Relative without SITE_URL: no placeholder address ever goes out.
  const absolute = (path: string) => (index.sitio ? new URL(path, index.sitio).href : path);
  // The teacher's kit: QR image of every short URL, figure files, the PDFs.
  const enlaces = index.enlaces.map((entry) => {
    const files = entry.tipo === 'figura' && entry.numero ? figureFiles(entry.numero) : undefined;
    return {
      ...entry,
      ...(entry.corta ? { qr: absolute(qrPath(entry.corta)) } : {}),
      ...(files ? { descargas: { svg: absolute(files.svg), svgOscuro: absolute(files.svgOscuro), png: absolute(files.png) } } : {}),
      // Content hash and last change of meaning (src/changes/, content/cambios.yaml).
      ...changeFields(entry),
      // «Cómo citar» (src/citations/): the references of /citar/<n>/, for course tools. Only with SITE_URL.
      ...(citations.has(entry.ruta) ? { cita: citations.get(entry.ruta)!.cita } : {}),
    };
  });
  const pdf = {
    capitulo: absolute(CHAPTER_PDF),
    secciones: Object.fromEntries(index.enlaces.filter((e) => e.tipo === 'seccion').map((e) => [e.numero, absolute(sectionPdf(e.numero!))])),
  };
  const body = { $schema: absolute('/enlaces.schema.json'), ...index, pdf, enlaces };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
