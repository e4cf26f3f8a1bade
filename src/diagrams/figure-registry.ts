/** Where something is written: "content/secciones/x.mdx:12:1". */
export type Place = string;

interface Reference {
  number: string;
  place: Place;
}

/**
 * The figure numbers defined and linked across the whole build, file by file, so a number
 * used twice or a link to a figure that does not exist fails the build. A file processed again
 * (dev server, a second pass) replaces its own entries instead of clashing with them.
 */
export class FigureRegistry {
  private defined = new Map<string, Map<string, Place>>();
  private referenced = new Map<string, Reference[]>();

  startFile(file: string): void {
    this.defined.set(file, new Map());
    this.referenced.set(file, []);
  }

  /** Records a figure; returns where the number was already defined, if it was. */
  define(file: string, number: string, place: Place): Place | undefined {
    for (const figures of this.defined.values()) {
      const earlier = figures.get(number);
      if (earlier) return earlier;
    }
    this.defined.get(file)?.set(number, place) ?? this.defined.set(file, new Map([[number, place]]));
    return undefined;
  }

  reference(file: string, number: string, place: Place): void {
    const list = this.referenced.get(file) ?? [];
    list.push({ number, place });
    this.referenced.set(file, list);
  }

  /** Links to figure numbers that no file defines. */
  undefinedReferences(): Reference[] {
    const known = new Set([...this.defined.values()].flatMap((figures) => [...figures.keys()]));
    return [...this.referenced.values()].flat().filter((ref) => !known.has(ref.number));
  }

  clear(): void {
    this.defined.clear();
    this.referenced.clear();
  }
}

// One registry per build process, shared by the remark plugin and the integration that checks it.
const KEY = Symbol.for('docker-en-el-aula.figure-registry');
const scope = globalThis as typeof globalThis & { [KEY]?: FigureRegistry };
export const figureRegistry: FigureRegistry = (scope[KEY] ??= new FigureRegistry());

/** Throws one error listing every link to a figure that does not exist. */
export function assertFigureReferences(registry: FigureRegistry = figureRegistry): void {
  const missing = registry.undefinedReferences();
  if (missing.length === 0) return;
  const lines = missing.map((ref) => `${ref.place}: enlace a la Figura ${ref.number}, que no existe en ninguna sección.`);
  throw new Error(lines.join('\n'));
}
