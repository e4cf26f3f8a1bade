/**
 * The figure deck: one 16:9 PPTX slide per figure (the 2× PNG, its caption, its short URL as text
 * and link, its QR code and the source line), after a title slide. Plain data in, bytes out.
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { t } from '../i18n/ui.ts';
import { escapeXml } from '../utils/escape.ts';

export interface DeckImage {
  data: Buffer;
  /** Pixel size, so the slide keeps the image's aspect ratio. */
  width: number;
  height: number;
}

export interface DeckFigure {
  /** The book's number: "1.9". */
  number: string;
  caption: string;
  /** Absolute short URL: "https://…/figura/1.9". */
  shortUrl: string;
  png: DeckImage;
  /** A PNG QR code of `shortUrl`. */
  qr: Buffer;
}

export interface DeckOptions {
  /** The site's public address. */
  site: string;
  /** First and last section numbers the book covers, for the title. */
  first: string;
  last: string;
  /** Written as the file's dates (metadata and zip entries), so two builds give the same bytes. */
  date: Date;
}

const LANG = 'es-ES';
const FONT = 'Arial';
// LAYOUT_16x9 is 10 × 5.625 in: the figure on the left, caption, QR, address and source on the right.
const FIGURE_BOX = { x: 0.3, y: 0.3, w: 6.7, h: 5.025 };
const SIDE = { x: 7.2, w: 2.5 };
const QR_SIDE = 1.7;

/** A PNG's pixel size from its IHDR chunk. */
export function pngSize(data: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!data.subarray(0, 8).equals(signature) || data.toString('ascii', 12, 16) !== 'IHDR') throw new Error('No es un PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The largest box with the image's aspect ratio that fits `box`, centred in it. */
function fit(image: DeckImage, box: typeof FIGURE_BOX) {
  const scale = Math.min(box.w / image.width, box.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

const dataUri = (png: Buffer) => `image/png;base64,${png.toString('base64')}`;
export const captionLine = (figure: Pick<DeckFigure, 'number' | 'caption'>) => `${t('figure.label')} ${figure.number}. ${figure.caption}`;

export async function buildDeck(figures: DeckFigure[], options: DeckOptions): Promise<Buffer> {
  const site = t('site.title');
  const title = t('deck.title', { site, first: options.first, last: options.last });
  const source = t('deck.source', { site, url: options.site });
  const text = { fontFace: FONT, lang: LANG, color: '1A1A1A' } as const;

  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = title;
  pptx.subject = t('deck.subject');
  pptx.author = site;
  pptx.company = site;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const cover = pptx.addSlide();
  cover.addText(title, { ...text, x: 0.6, y: 1.3, w: 8.8, h: 1.4, fontSize: 32, bold: true, valign: 'bottom' });
  cover.addText(t('deck.subtitle'), { ...text, x: 0.6, y: 2.8, w: 8.8, h: 0.6, fontSize: 18 });
  cover.addText([{ text: options.site, options: { hyperlink: { url: options.site } } }], { ...text, x: 0.6, y: 3.5, w: 8.8, h: 0.5, fontSize: 18 });
  cover.addText(source, { ...text, x: 0.6, y: 4.7, w: 8.8, h: 0.5, fontSize: 11, color: '555555' });

  for (const figure of figures) {
    const caption = captionLine(figure);
    const slide = pptx.addSlide();
    slide.addImage({ data: dataUri(figure.png.data), altText: caption, ...fit(figure.png, FIGURE_BOX) });
    // One run: pptxgenjs repeats <a:pPr> before every run of a paragraph, which the schema forbids.
    slide.addText(caption, { ...text, x: SIDE.x, y: 0.3, w: SIDE.w, h: 2.0, fontSize: 14, valign: 'top', fit: 'shrink' });
    const link = { hyperlink: { url: figure.shortUrl } };
    slide.addImage({ data: dataUri(figure.qr), altText: t('kit.qrName', { url: figure.shortUrl }), x: SIDE.x + (SIDE.w - QR_SIDE) / 2, y: 2.4, w: QR_SIDE, h: QR_SIDE, ...link });
    slide.addText([{ text: figure.shortUrl, options: link }], { ...text, x: SIDE.x, y: 4.15, w: SIDE.w, h: 0.35, fontSize: 12, align: 'center' });
    slide.addText(source, { ...text, x: SIDE.x, y: 4.55, w: SIDE.w, h: 0.8, fontSize: 9, color: '555555', valign: 'top' });
    slide.addNotes(t('deck.notes', { caption, url: figure.shortUrl }));
  }

  const written = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  return normalise(written, options.date, [site, ...figures.map((f) => `${t('figure.label')} ${f.number}`)]);
}


/**
 * pptxgenjs writes the current time into the metadata and the zip, English (en-US) as the language
 * of the notes and of empty paragraphs, and "Slide N" as the slide names Impress shows: rewritten
 * here so the deck is the same bytes for the same input and all in Spanish.
 */
async function normalise(pptx: Buffer, date: Date, slideNames: string[]): Promise<Buffer> {
  const input = await JSZip.loadAsync(pptx);
  const output = new JSZip();
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const named = (n: string) => escapeXml(slideNames[Number(n) - 1] ?? n);
  for (const [name, entry] of Object.entries(input.files)) {
    if (entry.dir) continue;
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) {
      output.file(name, await entry.async('nodebuffer'), { date, createFolders: false });
      continue;
    }
    let xml = (await entry.async('string')).replace(/ lang="en-US"/g, ` lang="${LANG}"`);
    if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) xml = xml.replace(/<p:cSld name="Slide (\d+)">/, (_, n: string) => `<p:cSld name="${named(n)}">`);
    if (name === 'docProps/app.xml') xml = xml.replace(/<vt:lpstr>Slide (\d+)<\/vt:lpstr>/g, (_, n: string) => `<vt:lpstr>${named(n)}</vt:lpstr>`);
    if (name === 'docProps/core.xml') {
      xml = xml
        .replace(/(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*/g, `$1${stamp}`)
        .replace('</cp:coreProperties>', `<dc:language>${LANG}</dc:language></cp:coreProperties>`);
    }
    output.file(name, xml, { date, createFolders: false });
  }
  return output.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
