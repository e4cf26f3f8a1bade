// The downloadable lab kits that rebuild a figure on one laptop (public/kits/figura-<n>/). The folder
// is the registry: a figure has a kit when its folder exists, so no list here can drift from the files.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const KIT_DIR = '/kits';
// From the project root, where Astro and the tests run (a bundled page has no source folder).
const PUBLIC_KITS = resolve('public/kits');

export interface KitFile {
  name: string;
  href: string;
}

/** The kit's files, in name order (compose.yaml before its script); none when the figure has no kit. */
export function kitFiles(number: string): KitFile[] {
  const dir = join(PUBLIC_KITS, `figura-${number}`);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, href: `${KIT_DIR}/figura-${number}/${name}` }));
}

/** Every figure number with a kit, in the book's order. */
export function kitFigures(): string[] {
  if (!existsSync(PUBLIC_KITS)) return [];
  const numbers = readdirSync(PUBLIC_KITS).map((name) => /^figura-(\d+\.\d+)$/.exec(name)?.[1]).filter((n): n is string => !!n);
  return numbers.sort((a, b) => a.localeCompare(b, 'es', { numeric: true }));
}
