/**
 * The font the build draws PNGs and link previews with: Arimo, the design Liberation Sans 2 is built
 * from (both have Arial's metrics, which the diagrams were measured with). It comes from the npm
 * package @expo-google-fonts/arimo in the lock file, never from the system: the same files, so the
 * same bytes, on every machine, and nothing to install by hand.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const FONT_FAMILY = 'Arimo';

/** Paths of the regular and bold TTF files; throws, naming the package, if it is not installed. */
export function fontFiles(): { regular: string; bold: string } {
  try {
    return {
      regular: require.resolve('@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf'),
      bold: require.resolve('@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf'),
    };
  } catch {
    throw new Error('No se encuentran los archivos de la fuente Arimo del paquete «@expo-google-fonts/arimo»: ejecuta «npm install».');
  }
}
