// Loads the Component UI that Pagefind writes into dist/pagefind/, only when search is first used,
// and watches every instance so that any failure to load or search ends in one message and a reset.
import type { Instance, PagefindSearchResult, PagefindSubResult } from '@pagefind/component-ui';
import strings from '../../i18n/es.json' with { type: 'json' };
import { HIGHLIGHT_PARAM } from './params.ts';

export const BUNDLE = '/pagefind/';
/** Past this, a load or a search counts as failed: on a dead network the reader hears so. */
export const TIMEOUT_MS = 8000;

type Components = typeof import('@pagefind/component-ui');
declare global {
  interface Window {
    PagefindComponents?: Components;
  }
}

/** Pagefind's own translation keys, from the "search.ui.*" entries of es.json. */
function translations(): Record<string, string> {
  const prefix = 'search.ui.';
  return Object.fromEntries(
    Object.entries(strings)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
}

const strength = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * Which sub-results to show, in page order. Pagefind's UI keeps those with the most matches;
 * we keep those with the highest score, which counts heading matches (weight 5–7) above
 * passing mentions, so /glosario/#raft shows for "raft" even when three other terms mention it.
 */
export function keepStrongest(results: PagefindSubResult[], limit = 3): PagefindSubResult[] {
  if (results.length <= limit) return results;
  const kept = new Set([...results].sort((a, b) => strength(b) - strength(a)).slice(0, limit));
  return results.filter((sub) => kept.has(sub));
}

function attach(element: HTMLLinkElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.onload = () => resolve();
    // Removed on failure, so that a retry adds a fresh element and fetches again.
    element.onerror = () => (element.remove(), reject(new Error(`No se pudo cargar ${BUNDLE}`)));
    document.head.append(element);
  });
}

/** Rejects after TIMEOUT_MS: a request that never ends is a failure too. */
export function inTime<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: sin respuesta`)), TIMEOUT_MS)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

let loading: Promise<Components> | undefined;

/** The Component UI's script and styles, fetched once per page (again after a failure). */
export function loadComponents(): Promise<Components> {
  loading ??= (async () => {
    if (import.meta.env.DEV) throw new Error('dev');
    const style = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${BUNDLE}pagefind-component-ui.css` });
    const script = Object.assign(document.createElement('script'), { src: `${BUNDLE}pagefind-component-ui.js` });
    await inTime(Promise.all([attach(style), attach(script)]), 'Component UI');
    if (!window.PagefindComponents) throw new Error('PagefindComponents no está definido');
    return window.PagefindComponents;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * A named search instance in Spanish with our strings, loaded (pagefind.js) before it is returned.
 * Must run before its elements are connected: later translation changes make the modal re-render.
 * `failed` is called once for any later failure: a fragment or an index chunk that does not arrive,
 * a search that never answers. Pagefind's UI would leave its placeholders spinning.
 */
export async function searchInstance(name: string, failed: (error: unknown) => void): Promise<Instance> {
  const { getInstanceManager } = await loadComponents();
  const manager = getInstanceManager();
  // A previous, failed instance caches its failed requests: start again from nothing.
  manager.removeInstance(name);
  const instance = manager.getInstance(name, { bundlePath: BUNDLE, highlightParam: HIGHLIGHT_PARAM, noWorker: true });
  instance.setLanguage('es');
  instance.setTranslations(translations());
  instance.thinSubResults = keepStrongest;

  // pagefind.js first: its failure is this function's, not a box inside Pagefind's UI.
  let loadError: unknown;
  instance.on('error', (error) => (loadError ??= error));
  await inTime(instance.triggerLoad(), 'pagefind.js');
  if (loadError) throw loadError;

  let broken = false;
  const fail = (error: unknown) => {
    if (broken) return;
    broken = true;
    manager.removeInstance(name);
    failed(error);
  };
  let searching: ReturnType<typeof setTimeout> | undefined;
  instance.on('error', fail);
  instance.on('loading', () => {
    clearTimeout(searching);
    searching = setTimeout(() => fail(new Error('búsqueda sin respuesta')), TIMEOUT_MS);
  });
  // Runs before the results elements' own hook: each result's data() is watched before it is asked for.
  instance.on('results', (found) => {
    clearTimeout(searching);
    for (const result of (found as PagefindSearchResult).results ?? []) {
      const data = result.data.bind(result);
      result.data = () => inTime(data(), 'fragmento').catch((error: unknown) => (fail(error), Promise.reject(error)));
    }
  });
  // A search whose index chunk cannot be fetched rejects inside Pagefind's UI, unhandled.
  addEventListener('unhandledrejection', (event) => {
    if (!broken && manager.hasInstance(name) && /pagefind|fetch/i.test(String(event.reason?.stack ?? event.reason))) fail(event.reason);
  });
  return instance;
}
