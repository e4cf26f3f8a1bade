/**
 * The chapter as a Thin Common Cartridge (IMS CC 1.1, web links only): one module per section with
 * the section, its subsections, its figures and its PDF in book order, then the chapter PDF and the
 * glossary. Data in (the published link index), zip bytes out; README-cartridge.md says why 1.1.
 */
import { XMLBuilder } from 'fast-xml-parser';
import JSZip from 'jszip';
import { t } from '../i18n/ui.ts';
import type { LinkEntry, LinkIndex } from '../links/link-index.ts';

/** dist/enlaces.json: the link index plus the PDF addresses the build publishes next to it. */
export type PublishedLinkIndex = LinkIndex & { pdf?: { capitulo: string; secciones: Record<string, string> } };

/** Moodle detects CC 1.1 by this namespace in the manifest's first 500 bytes (backup/converter/imscc11). */
export const CC_NAMESPACE = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
export const WEBLINK_NAMESPACE = 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1';
export const WEBLINK_TYPE = 'imswl_xmlv1p1';
const LOM_NAMESPACE = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest';

interface Link {
  /** Stable across builds (book numbers, heading anchors): a re-import maps to the same items. */
  key: string;
  title: string;
  url: string;
}

interface Module {
  key: string;
  title: string;
  links: Link[];
}

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
const xml = (root: object) => builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...root }) as string;
/** xs:ID needs an NCName: "1.13.3" → "1_13_3". */
const idPart = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '_');

const label = (entry: LinkEntry) =>
  entry.tipo === 'figura' ? `${t('figure.label')} ${entry.numero}. ${entry.titulo}` : entry.numero ? `${entry.numero} ${entry.titulo}` : entry.titulo;

function absolute(url: string | null | undefined, what: string): string {
  if (!url || !/^https?:\/\//.test(url)) throw new Error(`${what} no tiene una dirección absoluta en enlaces.json («${url ?? ''}»): el cartucho solo lleva URL absolutas`);
  return url;
}

/** The modules in book order, from the published entries (glossary terms aside). */
export function cartridgeModules(index: PublishedLinkIndex): Module[] {
  if (!index.sitio) throw new Error('El cartucho Common Cartridge necesita la dirección pública del sitio (SITE_URL): enlaces.json no la trae');
  if (!index.pdf) throw new Error('enlaces.json no trae las direcciones de los PDF («pdf»): el cartucho las enlaza');
  const sections = index.enlaces.filter((e) => e.tipo === 'seccion');
  const modules = sections.map((section): Module => {
    const number = section.numero!;
    const links = index.enlaces
      .filter((e) => e.tipo !== 'termino' && e.seccion === number)
      .map((entry): Link => {
        const anchor = new URL(entry.ruta, 'http://x/').hash.slice(1);
        const key = entry.tipo === 'figura' ? `F_${entry.numero}` : (entry.numero ?? `${number}_${anchor}`);
        // Short URLs are the site's stable public interface; unnumbered headings only have the long one.
        return { key: idPart(key), title: label(entry), url: absolute(entry.urlCorta ?? entry.url, `«${label(entry)}»`) };
      });
    const pdf = absolute(index.pdf!.secciones[number], `El PDF de la ${number}`);
    return { key: idPart(number), title: label(section), links: [...links, { key: `PDF_${idPart(number)}`, title: t('cartridge.pdfSection', { section: label(section) }), url: pdf }] };
  });
  const range = `${sections[0]?.numero}–${sections.at(-1)?.numero}`;
  const glossary = index.enlaces.find((e) => e.tipo === 'termino')?.url?.replace(/#.*$/, '') ?? new URL('glosario/', index.sitio).href;
  modules.push({
    key: 'CAPITULO',
    title: t('cartridge.chapterModule', { range }),
    links: [
      { key: 'PDF_CAPITULO', title: t('cartridge.pdfChapter', { range }), url: absolute(index.pdf.capitulo, 'El PDF del capítulo') },
      { key: 'GLOSARIO', title: t('glossary.title'), url: absolute(glossary, 'El glosario') },
    ],
  });
  const seen = new Set<string>();
  for (const { key } of modules.flatMap((m) => m.links)) {
    if (seen.has(key)) throw new Error(`Dos enlaces del cartucho tienen el mismo identificador ${key}`);
    seen.add(key);
  }
  return modules;
}

const weblinkFile = (key: string) => `weblinks/WL_${key}.xml`;

export function manifestXml(index: PublishedLinkIndex, modules: Module[]): string {
  const numbers = index.enlaces.filter((e) => e.tipo === 'seccion').map((e) => e.numero ?? '');
  const string = (text: string) => ({ 'lomimscc:string': { '@_language': 'es', '#text': text } });
  return xml({
    manifest: {
      // xmlns first: Moodle reads only the first 500 bytes to recognise the format.
      '@_xmlns': CC_NAMESPACE,
      '@_xmlns:lomimscc': LOM_NAMESPACE,
      '@_identifier': 'docker-en-el-aula-1_13-1_15',
      metadata: {
        schema: 'IMS Common Cartridge',
        schemaversion: '1.1.0',
        'lomimscc:lom': {
          'lomimscc:general': {
            'lomimscc:title': string(t('cartridge.title', { site: t('site.title'), first: numbers[0] ?? '', last: numbers.at(-1) ?? '' })),
            'lomimscc:language': 'es',
            'lomimscc:description': string(t('cartridge.description', { site: index.sitio! })),
          },
        },
      },
      organizations: {
        organization: {
          '@_identifier': 'ORG',
          '@_structure': 'rooted-hierarchy',
          // The CC 1.1 root item has no title; each child is one module (Moodle section, Canvas module).
          item: {
            '@_identifier': 'LearningModules',
            item: modules.map((module) => ({
              '@_identifier': `M_${module.key}`,
              title: module.title,
              // Items that point at a resource may not hold items (CC 1.1 rule 8b): one flat level.
              item: module.links.map((link) => ({ '@_identifier': `I_${link.key}`, '@_identifierref': `WL_${link.key}`, title: link.title })),
            })),
          },
        },
      },
      resources: {
        // Web links: one file each, no href on the resource, no dependencies (CC 1.1 rule set 2).
        resource: modules.flatMap((m) => m.links).map((link) => ({ '@_identifier': `WL_${link.key}`, '@_type': WEBLINK_TYPE, file: { '@_href': weblinkFile(link.key) } })),
      },
    },
  });
}

export const weblinkXml = (link: Link) =>
  xml({ webLink: { '@_xmlns': WEBLINK_NAMESPACE, title: link.title, url: { '@_href': link.url, '@_target': '_blank' } } });

/** The .imscc file: a zip with imsmanifest.xml at its root and one web-link XML per link. */
export async function buildCartridge(index: PublishedLinkIndex): Promise<Uint8Array> {
  const modules = cartridgeModules(index);
  // A fixed date and no implicit folder entries (they would carry the clock): reproducible bytes.
  const date = new Date('2000-01-01T00:00:00Z');
  const zip = new JSZip();
  zip.file('imsmanifest.xml', manifestXml(index, modules), { date });
  for (const link of modules.flatMap((m) => m.links)) zip.file(weblinkFile(link.key), weblinkXml(link), { date, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
