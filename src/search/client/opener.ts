// The search button, its shortcuts (Ctrl+K, /) and ?resaltar=, enabled once the page has loaded
// (src/layouts/after-load.ts). Until then the button is a plain link to /buscar/, which works too.
import { loadSearch } from './loader.ts';
import { HIGHLIGHT_PARAM } from './params.ts';

export function enableSearch(): void {
  const typing = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  };
  const plain = (event: KeyboardEvent) => !event.ctrlKey && !event.metaKey && !event.altKey;
  // Keys typed while the search bundle loads go into the search box, not the page.
  let typed = '';
  const buffer = (event: KeyboardEvent) => {
    if (event.key.length > 1 || !plain(event) || typing(event)) return;
    typed += event.key;
    event.preventDefault();
  };
  const notice = document.querySelector<HTMLDialogElement>('dialog.search-notice');
  const button = document.querySelector('.search-open');
  if (!notice || !button) return;
  const message = notice.querySelector('p')!;
  const loadingText = message.textContent;
  notice.querySelector('button')!.addEventListener('click', () => notice.close());
  const open = (event: Event) => {
    event.preventDefault();
    if (notice.open) return;
    // Visible at once, even on a slow network; the search bundle closes it when its dialog opens.
    message.textContent = loadingText;
    notice.showModal();
    addEventListener('keydown', buffer);
    loadSearch()
      .then((search) => search.openSearch(() => typed))
      .catch(() => (message.textContent = notice.dataset.failed!))
      .finally(() => (removeEventListener('keydown', buffer), (typed = '')));
  };
  button.addEventListener('click', open);
  // Hovering or focusing the button is a sign of intent: fetch Pagefind ahead.
  const preload = () => loadSearch().then((search) => search.preload(), () => undefined);
  button.addEventListener('pointerenter', preload, { once: true });
  button.addEventListener('focus', preload, { once: true });
  addEventListener('keydown', (event) => {
    const modK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (modK || (event.key === '/' && plain(event) && !typing(event))) open(event);
  });
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) loadSearch().then((search) => search.highlight());
  // On /buscar/ the same bundle runs the search page's own interface.
  const pageUi = document.querySelector<HTMLElement>('.search-page-ui');
  if (pageUi) loadSearch().then((search) => search.startSearchPage(pageUi));
}
