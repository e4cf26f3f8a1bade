/**
 * The font files the site declares for diagrams ('Liberation Sans', metric-compatible with Arial),
 * loaded from disk so PNGs and link previews come out the same on every machine that has them.
 * Debian's fonts-liberation package installs them (Chromium depends on it). No system font
 * fallback: a missing file is an error that says what to install.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const DIRS = [process.env.LIBERATION_FONTS_DIR, '/usr/share/fonts/truetype/liberation', '/usr/share/fonts/liberation-sans', '/usr/share/fonts/TTF'].filter(
  (dir): dir is string => Boolean(dir),
);

export const FONT_FAMILY = 'Liberation Sans';

export function liberationSans(): { regular: string; bold: string } {
  for (const dir of DIRS) {
    const regular = join(dir, 'LiberationSans-Regular.ttf');
    const bold = join(dir, 'LiberationSans-Bold.ttf');
    if (existsSync(regular) && existsSync(bold)) return { regular, bold };
  }
  throw new Error(
    `No se encuentra la fuente Liberation Sans (LiberationSans-Regular.ttf y -Bold.ttf) en ${DIRS.join(', ')}: ` +
      'instala el paquete «fonts-liberation» (apt-get install fonts-liberation) o indica la carpeta en LIBERATION_FONTS_DIR.',
  );
}
