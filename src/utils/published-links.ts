/**
 * The promise to teachers: an address once published keeps working. The manifest
 * (content/enlaces-publicados.json) lists every published anchor and short URL; a build that
 * loses one fails the tests unless an alias keeps the old id alive.
 */
import { join } from 'node:path';
import { fileFor, readPage } from './link-check.ts';
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
function anchorProblem(dist: string, address: string): string | undefined {
  const [path = '', id = ''] = address.split('#');
  const file = fileFor(dist, path);
  if (!file) return `la página ${path} ya no existe`;
  if (id && !readPage(dist, file).ids.has(decodeURIComponent(id))) {
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
  for (const address of manifest.anclas) {
    const problem = anchorProblem(dist, address);
    if (problem) problems.push(`${address}: ${problem}`);
  }
  for (const short of manifest.cortas) {
    for (const form of [short, `${short}/`]) {
      const file = fileFor(dist, form);
      const refresh = file ? readPage(dist, file).refresh : undefined;
      if (!file || !refresh) {
        problems.push(`${form}: la dirección corta ya no existe (¿ha cambiado el número del libro o se borró el apartado?)`);
        continue;
      }
      const problem = anchorProblem(dist, refresh);
      if (problem) problems.push(`${form} lleva a ${refresh}, pero ${problem}`);
    }
  }
  return problems;
}

export const manifestPath = (root: string) => join(root, MANIFEST_FILE);
