// /buscar/?q=…: runs the query from the address on load and keeps the address in sync while typing,
// so a teacher can link a search. A failure shows one message with «Reintentar», which starts again.
import { t } from './strings.ts';
import { loadEngine, resetEngine } from './pagefind.ts';
import { QUERY_PARAM } from './params.ts';
import { resultsBox } from './results.ts';

const DEBOUNCE_MS = 60;

export async function startSearchPage(root: HTMLElement): Promise<void> {
  const status = root.querySelector('.search-page-status')!;
  const results = root.querySelector<HTMLElement>('.search-page-results')!;
  const input = root.querySelector<HTMLInputElement>('.search-input')!;
  const fail = () => {
    resetEngine();
    results.replaceChildren();
    input.disabled = true;
    status.textContent = import.meta.env.DEV ? t('search.devOnly') : t('search.unavailable');
    // Starting again reads ?q= from the address, which typing kept up to date.
    const again = Object.assign(document.createElement('button'), { type: 'button', className: 'search-retry', textContent: t('search.retry') });
    again.onclick = () => void startSearchPage(root);
    status.append(' ', again);
  };
  status.textContent = t('search.loading');
  let engine;
  try {
    engine = await loadEngine();
  } catch {
    return fail();
  }
  status.textContent = '';
  input.disabled = false;
  const box = resultsBox(results, engine);
  const run = (term: string) => box.show(term).catch(fail);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.oninput = () => {
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set(QUERY_PARAM, input.value);
    else url.searchParams.delete(QUERY_PARAM);
    history.replaceState(history.state, '', url);
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), DEBOUNCE_MS);
  };
  const query = new URLSearchParams(location.search).get(QUERY_PARAM)?.trim();
  if (query) {
    input.value = query;
    await run(query);
  } else input.focus();
}
