// Reads a PPTX as the tests need it: the slides in presentation order, each with its paragraphs
// (text from every <a:t>), its pictures (alt text, media bytes, link) and its external links.
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { posix } from 'node:path';

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, parseAttributeValue: false, trimValues: false });

/** Every value under `key`, at any depth, in document order (within each parent). */
export function collect(node: unknown, key: string): unknown[] {
  if (Array.isArray(node)) return node.flatMap((n) => collect(n, key));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node as Node).flatMap(([k, v]) => (k === key ? (Array.isArray(v) ? v : [v]) : collect(v, key)));
}
const text = (t: unknown): string => (typeof t === 'string' ? t : String((t as Node)['#text'] ?? ''));

export interface Picture {
  alt: string;
  /** The media file's path in the zip and its bytes. */
  media: string;
  data: Buffer;
  /** Where clicking it goes, if anywhere. */
  link?: string;
  /** Size on the slide, in EMU. */
  cx: number;
  cy: number;
  x: number;
  y: number;
}

export interface Slide {
  file: string;
  /** The slide's name (<p:cSld name>), as Impress lists it. */
  name: string;
  /** The text of each <a:p>, its runs joined. */
  paragraphs: string[];
  pictures: Picture[];
  /** External targets of the <a:hlinkClick> elements on the slide. */
  links: string[];
  /** Each text run and where it links to, if anywhere. */
  runs: { text: string; link?: string }[];
  notes: string;
}

export interface Deck {
  zip: JSZip;
  slides: Slide[];
  /** Slide size in EMU (presentation.xml). */
  size: { cx: number; cy: number };
  /** Every ppt/slides/slideN.xml in the zip. */
  slideFiles: string[];
}

async function rels(zip: JSZip, file: string): Promise<Map<string, { type: string; target: string; external: boolean }>> {
  const path = posix.join(posix.dirname(file), '_rels', `${posix.basename(file)}.rels`);
  const xml = await zip.file(path)?.async('string');
  if (!xml) throw new Error(`falta ${path}`);
  const found = new Map<string, { type: string; target: string; external: boolean }>();
  for (const r of collect(parser.parse(xml), 'Relationship') as Node[]) {
    const external = r['@TargetMode'] === 'External';
    const target = String(r['@Target']);
    found.set(String(r['@Id']), { type: String(r['@Type']).split('/').pop()!, target: external ? target : posix.join(posix.dirname(file), target), external });
  }
  return found;
}

export async function readDeck(bytes: Buffer | Uint8Array): Promise<Deck> {
  const zip = await JSZip.loadAsync(bytes);
  const xmlOf = async (path: string) => {
    const xml = await zip.file(path)?.async('string');
    if (xml === undefined) throw new Error(`falta ${path} en el PPTX`);
    return parser.parse(xml) as Node;
  };
  const presentation = await xmlOf('ppt/presentation.xml');
  const size = collect(presentation, 'p:sldSz')[0] as Node;
  const presRels = await rels(zip, 'ppt/presentation.xml');
  const order = (collect(presentation, 'p:sldId') as Node[]).map((s) => presRels.get(String(s['@r:id']))!.target);
  const slides: Slide[] = [];
  for (const file of order) {
    const xml = await xmlOf(file);
    const slideRels = await rels(zip, file);
    const target = (id: unknown) => slideRels.get(String(id));
    const pictures: Picture[] = [];
    for (const pic of collect(xml, 'p:pic') as Node[]) {
      const media = target((collect(pic, 'a:blip')[0] as Node)['@r:embed']);
      if (media?.type !== 'image') throw new Error(`${file}: una imagen sin relación de tipo image`);
      const data = await zip.file(media.target)?.async('nodebuffer');
      if (!data) throw new Error(`${file}: falta ${media.target}`);
      const link = collect(pic, 'a:hlinkClick')[0] as Node | undefined;
      const xfrm = collect(pic, 'a:xfrm')[0];
      const off = collect(xfrm, 'a:off')[0] as Node;
      const ext = collect(xfrm, 'a:ext')[0] as Node;
      pictures.push({
        alt: String((collect(pic, 'p:cNvPr')[0] as Node)['@descr'] ?? ''),
        media: media.target,
        data,
        link: link ? target(link['@r:id'])?.target : undefined,
        cx: Number(ext['@cx']),
        cy: Number(ext['@cy']),
        x: Number(off['@x']),
        y: Number(off['@y']),
      });
    }
    const links = (collect(xml, 'a:hlinkClick') as Node[]).map((h) => target(h['@r:id'])).filter((r) => r?.type === 'hyperlink' && r.external).map((r) => r!.target);
    const notesFile = [...slideRels.values()].find((r) => r.type === 'notesSlide')?.target;
    const body = notesFile ? (collect(await xmlOf(notesFile), 'p:sp') as Node[]).find((sp) => (collect(sp, 'p:ph')[0] as Node | undefined)?.['@type'] === 'body') : undefined;
    const notes = collect(body, 'a:t').map(text).join('');
    const paragraphs = (collect(xml, 'a:p') as Node[]).map((p) => collect(p, 'a:t').map(text).join(''));
    const runs = (collect(xml, 'a:r') as Node[]).map((r) => {
      const link = collect(r, 'a:hlinkClick')[0] as Node | undefined;
      return { text: collect(r, 'a:t').map(text).join(''), link: link ? target(link['@r:id'])?.target : undefined };
    });
    const name = String((collect(xml, 'p:cSld')[0] as Node)['@name'] ?? '');
    slides.push({ file, name, paragraphs, pictures, links, runs, notes });
  }
  const slideFiles = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  return { zip, slides, size: { cx: Number(size['@cx']), cy: Number(size['@cy']) }, slideFiles };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const isPng = (data: Buffer) => data.subarray(0, 8).equals(PNG_SIGNATURE);
