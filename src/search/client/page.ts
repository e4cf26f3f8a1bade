// /buscar/?q=…: runs the query from the address on load and keeps the address in sync while typing,
// so a teacher can link a search. Pagefind's own input, summary and results do the rest.
import type { Instance } from '@pagefind/component-ui';
import { t } from '../../i18n/ui.ts';
import { searchInstance } from './pagefind.ts';
import { QUERY_PARAM } from './params.ts';

export async function startSearchPage(root: HTMLElement): Promise<void> {
  let instance: Instance;
  try {
    instance = await searchInstance('pagina');
  } catch {
    root.querySelector('.search-page-status')!.textContent = import.meta.env.DEV ? t('search.devOnly') : t('search.unavailable');
    return;
  }
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
