// The deployment files as data, with the line of each value for error messages: compose.yaml, the
// Swarm stack and the Kubernetes manifests (src/deploy/).
import { globSync, readFileSync } from 'node:fs';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';

export const COMPOSE = 'compose.yaml';
export const STACK = 'src/deploy/stack.yaml';
export const KUBERNETES = 'src/deploy/kubernetes';

export interface Manifest {
  file: string;
  /** The parsed document, as plain data. */
  data: Record<string, any>;
  /** `file:line` of the value at a path of keys and indexes (the document's first line if there is none). */
  at: (...path: (string | number)[]) => string;
}

export function readManifests(file: string): Manifest[] {
  const counter = new LineCounter();
  const docs = parseAllDocuments(readFileSync(file, 'utf8'), { lineCounter: counter }) as Document[];
  return docs.map((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0]!.message}`);
    const at = (...path: (string | number)[]) => {
      const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
      const offset = node?.range?.[0] ?? (doc.contents as { range?: [number, number] } | null)?.range?.[0] ?? 0;
      return `${file}:${counter.linePos(offset).line}`;
    };
    return { file, data: doc.toJS() as Record<string, any>, at };
  });
}

export const readManifest = (file: string): Manifest => readManifests(file)[0]!;

/** Every Kubernetes object of src/deploy/kubernetes/, in file order. */
export const kubernetesObjects = (): Manifest[] => globSync(`${KUBERNETES}/*.yaml`).sort().flatMap(readManifests);

/** `${VAR:-default}` as Compose resolves it with VAR unset. */
export const withDefaults = (text: string) => text.replace(/\$\{\w+:-([^}]*)\}/g, '$1');

