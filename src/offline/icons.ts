import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';

/** The sizes an installable site needs (Chromium asks for 192 and 512). */
export const ICON_SIZES = [192, 512] as const;

/** A PNG of public/favicon.svg (read from the project folder: this runs from the bundled build) at `size` px, drawn without a browser so the build stays deterministic. */
export function iconPng(size: number): Buffer {
  const svg = readFileSync('public/favicon.svg', 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}
