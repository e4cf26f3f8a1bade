/** Writes every figure's downloadable files (light SVG, dark SVG, 2× PNG) into a folder. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { figureFiles, PNG_SCALE } from './paths.ts';
import { svgToPng } from './png.ts';
import { readFigureSources } from './sources.ts';
import { standaloneSvg } from './standalone.ts';

export function writeFigureFiles(outDir: string, root: string = process.cwd()): number {
  const css = readFileSync(join(root, 'src/styles/diagrams.css'), 'utf8');
  const figures = readFigureSources(root);
  for (const figure of figures) {
    const files = figureFiles(figure.number);
    const light = standaloneSvg(figure.svg, figure.number, figure.title, css, 'light');
    const dark = standaloneSvg(figure.svg, figure.number, figure.title, css, 'dark');
    const write = (path: string, data: string | Buffer) => {
      const target = join(outDir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
    };
    write(files.svg, light);
    write(files.svgOscuro, dark);
    write(files.png, svgToPng(light, PNG_SCALE).png);
  }
  return figures.length;
}
