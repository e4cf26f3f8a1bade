/**
 * The promise to teachers: an address once published keeps working. The manifest
 * (content/enlaces-publicados.json) lists every published anchor and short URL; a build that
 * loses one fails the tests unless an alias keeps the old id alive.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileFor, landing, readPage, type Page } from './dist-pages.ts';
import type { LinkIndex } from './link-index.ts';

export interface Manifest {
  /** Page plus anchor: "/objetos-de-docker/#1-13-3-volumenes". */
  anclas: string[];
  /** Short URLs: "/1.13.3", "/figura/1.9" (each must work with and without a final slash). */
  cortas: string[];
}

export const MANIFEST_FILE = 'content/enlaces-publicados.json';

const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

export function manifestOf({ enlaces }: LinkIndex): Manifest {
  return {
    anclas: sorted(enlaces.map((entry) => entry.ruta)),
    cortas: sorted(enlaces.flatMap((entry) => (entry.corta ? [entry.corta] : []))),
  };
}

/** Adds what is new; never drops a published address (that is a decision for a person). */
export function mergeManifest(published: Manifest, current: Manifest): Manifest {
  return { anclas: sorted([...published.anclas, ...current.anclas]), cortas: sorted([...published.cortas, ...current.cortas]) };
}

/** Does `/page/#id` exist in dist/ (as the element itself or as an alias marker)? */
function anchorProblem(dist: string, address: string, read: (file: string) => Page): string | undefined {
  const [path = '', id = ''] = address.split('#');
  const file = fileFor(dist, path);
  if (!file) return `la página ${path} ya no existe`;
  if (id && !landing(dist, read(file), decodeURIComponent(id), read)!.ids.has(decodeURIComponent(id))) {
    return (
      `el ancla «${id}» ya no existe en ${path}. Si cambiaste el texto de un encabezado, conserva el id antiguo con ` +
      `«aliases:» en el frontmatter de la sección (aliases: { ${id}: <id nuevo> }); en el glosario, con «aliases: [${id}]»`
    );
  }
  return undefined;
}

/** Every published address the build no longer serves, each with what to do about it. */
export function missingPublished(manifest: Manifest, dist: string): string[] {
  const problems: string[] = [];
  const pages = new Map<string, Page>();
  const read = (file: string) => pages.get(file) ?? pages.set(file, readPage(dist, file)).get(file)!;
  for (const address of manifest.anclas) {
    const problem = anchorProblem(dist, address, read);
    if (problem) problems.push(`${address}: ${problem}`);
  }
  for (const short of manifest.cortas) {
    for (const form of [short, `${short}/`]) {
      const file = fileFor(dist, form);
      const refresh = file ? read(file).refresh : undefined;
      if (!file || !refresh) {
        problems.push(`${form}: la dirección corta ya no existe (¿ha cambiado el número del libro o se borró el apartado?)`);
        continue;
      }
      const problem = anchorProblem(dist, refresh, read);
      if (problem) problems.push(`${form} lleva a ${refresh}, pero ${problem}`);
    }
  }
  return problems;
}

/** The committed manifest; a missing one is an error that says how to make it. */
export function readManifest(root = '.'): Manifest {
  const path = join(root, MANIFEST_FILE);
  if (!existsSync(path)) throw new Error(`Falta ${MANIFEST_FILE}: créalo con «npm run links:update» y haz commit de él`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}
