/**
 * A link preview card (1200×630 PNG): site name, book number, title and, for a figure, the figure.
 * Laid out by satori (HTML/CSS-like boxes → SVG, text as paths) and rasterised by resvg: no browser,
 * only the font from the lock file (Arimo, src/figures/fonts.ts), so the same input gives the same bytes.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import satori from 'satori';
import { FONT_FAMILY, fontFiles } from '../figures/fonts.ts';
import { svgToPng } from '../figures/png.ts';
import { OG_HEIGHT, OG_WIDTH } from './paths.ts';

export interface Card {
  site: string;
  /** "1.13", "1.13.3", "Figura 1.9", or "" for the home page. */
  number: string;
  title: string;
  /** The site's address without https://, printed at the bottom. */
  address: string;
  /** A light standalone SVG of the figure, when the card is for one. */
  figureSvg?: string;
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

const COLORS = { text: '#1d232b', soft: '#4a5563', accent: '#0b5cad', band: '#e3effb' };

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  const { regular, bold } = fontFiles();
  fonts ??= [
    { name: FONT_FAMILY, data: readFileSync(regular), weight: 400, style: 'normal' },
    { name: FONT_FAMILY, data: readFileSync(bold), weight: 700, style: 'normal' },
  ];
  return fonts;
}

/** The figure as a PNG data URI no larger than the box, and its size in the card. */
function figureImage(svg: string, maxWidth: number, maxHeight: number) {
  const [, , w, hgt] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 1 1').split(/[\s,]+/).map(Number);
  const scale = Math.min(maxWidth / w!, maxHeight / hgt!, 2);
  const { png, width, height } = svgToPng(svg, scale);
  return { src: `data:image/png;base64,${png.toString('base64')}`, width, height };
}

export async function renderCard(card: Card): Promise<Buffer> {
  const titleSize = card.figureSvg ? (card.title.length > 90 ? 28 : 34) : card.title.length > 60 ? 52 : 64;
  // Room left for the figure under a title of this many lines (Arimo Bold ≈ 0.56 em a letter).
  const lines = Math.ceil((card.title.length * titleSize * 0.56) / (OG_WIDTH - 120));
  const room = OG_HEIGHT - 16 - 40 - 36 - 56 - 12 - lines * titleSize * 1.2 - 56 - 24;
  const figure = card.figureSvg ? figureImage(card.figureSvg, OG_WIDTH - 120, Math.max(160, Math.floor(room))) : undefined;
  const tree = h(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', flexDirection: 'column', backgroundColor: '#ffffff', fontFamily: FONT_FAMILY, color: COLORS.text },
    [
      h('div', { display: 'flex', flexShrink: 0, height: 16, backgroundColor: COLORS.accent }),
      h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '40px 60px 0' }, [
        h('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: COLORS.accent }, card.site),
        card.number ? h('div', { display: 'flex', fontSize: figure ? 40 : 72, fontWeight: 700, marginTop: figure ? 16 : 40 }, card.number) : null,
        h('div', { display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.2, marginTop: 12 }, card.title),
        figure
          ? h('div', { display: 'flex', flexGrow: 1, alignItems: 'center', justifyContent: 'center' }, [
              h('img', { width: figure.width, height: figure.height }, undefined, { src: figure.src, width: figure.width, height: figure.height }),
            ])
          : null,
      ].filter(Boolean)),
      h('div', { display: 'flex', flexShrink: 0, padding: '8px 60px 24px', fontSize: 24, color: COLORS.soft }, card.address),
    ],
  );
  const svg = await satori(tree as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
