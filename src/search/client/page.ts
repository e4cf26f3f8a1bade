// /buscar/?q=…: runs the query from the address on load and keeps the address in sync while typing,
// so a teacher can link a search. Pagefind's own input, summary and results do the rest. A failure
// shows one message and rebuilds the search, so typing again retries.
import { t } from '../../i18n/ui.ts';
import { searchInstance } from './pagefind.ts';
import { QUERY_PARAM } from './params.ts';

export async function startSearchPage(root: HTMLElement): Promise<void> {
  const status = root.querySelector('.search-page-status')!;
  const stamped = () => [...root.children].filter((node) => node.matches('pagefind-input, pagefind-summary, pagefind-results'));
  const fail = () => {
    for (const node of stamped()) node.remove();
    status.textContent = import.meta.env.DEV ? t('search.devOnly') : t('search.unavailable');
    // Starting again reads ?q= from the address, which typing kept up to date.
    const again = Object.assign(document.createElement('button'), { type: 'button', className: 'search-retry', textContent: t('search.retry') });
    again.onclick = () => void startSearchPage(root);
    status.append(' ', again);
  };
  status.textContent = t('search.loading');
  let instance;
  try {
    instance = await searchInstance('pagina', fail);
  } catch {
    return fail();
  }
  status.textContent = '';
  const ui = root.querySelector<HTMLTemplateElement>('template')!;
  root.append(ui.content.cloneNode(true));

  instance.on('search', (term: unknown) => {
    const url = new URL(location.href);
    if (typeof term === 'string' && term.trim()) url.searchParams.set(QUERY_PARAM, term);
    else url.searchParams.delete(QUERY_PARAM);
    history.replaceState(history.state, '', url);
  });
  const query = new URLSearchParams(location.search).get(QUERY_PARAM)?.trim();
  if (query) instance.triggerSearch(query);
  else root.querySelector('input')?.focus();
}

