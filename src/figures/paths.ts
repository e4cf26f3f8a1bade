/** Where a figure's downloadable files live in the site: shared by the build, the pages and /enlaces.json. */
export const FIGURE_DIR = '/figuras';
export const PNG_SCALE = 2;

export interface FigureFiles {
  svg: string;
  svgOscuro: string;
  png: string;
}

export function figureFiles(number: string): FigureFiles {
  const base = `${FIGURE_DIR}/figura-${number}`;
  return { svg: `${base}.svg`, svgOscuro: `${base}-oscuro.svg`, png: `${base}.png` };
}
