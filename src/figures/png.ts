/** SVG → PNG without a browser (resvg), with only the site's declared font: same bytes on every build. */
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, fontFiles } from './fonts.ts';

export function svgToPng(svg: string, scale: number): { png: Buffer; width: number; height: number } {
  const { regular, bold } = fontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: [regular, bold], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
