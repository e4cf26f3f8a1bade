// Loads the Component UI that Pagefind writes into dist/pagefind/, only when search is first used.
import type { Instance, PagefindSubResult } from '@pagefind/component-ui';
import strings from '../../i18n/es.json' with { type: 'json' };
import { HIGHLIGHT_PARAM } from './params.ts';

export const BUNDLE = '/pagefind/';

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
    element.onerror = () => reject(new Error(`No se pudo cargar ${BUNDLE}`));
    document.head.append(element);
  });
}

let loading: Promise<Components> | undefined;

/** The Component UI's script and styles, fetched once per page. */
export function loadComponents(): Promise<Components> {
  loading ??= (async () => {
    if (import.meta.env.DEV) throw new Error('dev');
    const style = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${BUNDLE}pagefind-component-ui.css` });
    const script = Object.assign(document.createElement('script'), { src: `${BUNDLE}pagefind-component-ui.js` });
    await Promise.all([attach(style), attach(script)]);
    if (!window.PagefindComponents) throw new Error('PagefindComponents no está definido');
    return window.PagefindComponents;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * A named search instance in Spanish with our strings. Must run before its elements are
 * connected: later translation changes make the modal re-render itself.
 */
export async function searchInstance(name: string): Promise<Instance> {
  const { getInstanceManager } = await loadComponents();
  const instance = getInstanceManager().getInstance(name, { bundlePath: BUNDLE, highlightParam: HIGHLIGHT_PARAM, noWorker: true });
  instance.setLanguage('es');
  instance.setTranslations(translations());
  instance.thinSubResults = keepStrongest;
  return instance;
}
