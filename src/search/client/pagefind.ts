// Pagefind's JS API (dist/pagefind/pagefind.js), loaded when search is first used. Our own small
// dialog draws the results (results.ts): Pagefind's Component UI alone weighed 47 KB compressed.
// Any failure to load, to search or to fetch a result is one rejected promise, with a time limit.
import { HIGHLIGHT_PARAM, type RecordType } from './params.ts';

export const BUNDLE = '/pagefind/';
/** Past this, a load or a search counts as failed: on a dead network the reader hears so. */
export const TIMEOUT_MS = 8000;

/** The parts of Pagefind's result data this site reads (pagefind.js has no published types). */
export interface Fragment {
  url: string;
  excerpt: string;
  /** Set per part by ../records.ts: its title, its page's, and what it is. */
  meta: { title?: string; page?: string; type?: RecordType };
}
export interface Result {
  id: string;
  data(): Promise<Fragment>;
}
export interface Engine {
  search(term: string): Promise<{ results: Result[] } | null>;
  preload(term: string): Promise<void>;
  destroy(): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): Engine & { init(): Promise<void>; filters(): Promise<unknown> };
}

/** Rejects after TIMEOUT_MS: a request that never ends is a failure too. */
export function inTime<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: sin respuesta`)), TIMEOUT_MS)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Pagefind's ranking where it differs from its defaults. pageLength 0.75 → 0: a result is a part of a
 * page (../records.ts), and a long part is long because it teaches the subject, not because it is
 * padded; with the default, one-line glossary entries outranked the parts that explain their word.
 * Measured on tests/search/relevance.yaml (README, «Búsqueda»).
 */
export const RANKING = { pageLength: 0 };

let loading: Promise<Engine> | undefined;

/**
 * pagefind.js, its WebAssembly and the index's entry files, once per page. After a failure the next
 * call starts again from nothing (a fresh import and instance), so a retry works once the network is back.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= inTime(
    (async () => {
      if (import.meta.env.DEV) throw new Error('dev');
      const pagefind = (await import(/* @vite-ignore */ `${BUNDLE}pagefind.js`)) as PagefindModule;
      // noWorker: the worker file is not shipped (integration.ts); a search takes milliseconds here.
      const engine = pagefind.createInstance({ basePath: BUNDLE, noWorker: true, highlightParam: HIGHLIGHT_PARAM, excerptLength: 22, ranking: RANKING });
      await engine.init();
      // init() resolves even when the WebAssembly failed to arrive; filters() needs it, and says so.
      await engine.filters();
      return engine;
    })(),
    'pagefind.js',
  );
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Forgets a broken engine: the next loadEngine() builds a new one. */
export function resetEngine(): void {
  const broken = loading;
  loading = undefined;
  broken?.then((engine) => engine.destroy()).catch(() => undefined);
}
