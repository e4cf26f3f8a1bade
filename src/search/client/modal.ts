// The search dialog: a native modal <dialog> (focus kept inside, Esc closes and gives focus back),
// built on first use (see loader.ts). Any failure, while loading or later, ends in the one
// status dialog and a reset: the next open starts again from nothing, so it works once the network is back.
import { t } from './strings.ts';
import { loadEngine, resetEngine } from './pagefind.ts';
import { DEBOUNCE_MS } from './params.ts';
import { resultsBox, type ResultsBox } from './results.ts';


interface Search {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  box: ResultsBox;
}

let search: Promise<Search> | undefined;
let status: HTMLDialogElement | undefined;

/** The status dialog of Search.astro («Cargando la búsqueda…»), or one made here. */
function statusDialog(): HTMLDialogElement {
  status ??= document.querySelector<HTMLDialogElement>('dialog.search-notice') ?? undefined;
  if (!status) {
    status = Object.assign(document.createElement('dialog'), { className: 'search-notice' });
    status.append(document.createElement('p'), Object.assign(document.createElement('button'), { type: 'button', textContent: t('search.close') }));
    document.body.append(status);
  }
  status.querySelector('button')!.onclick = () => status!.close();
  return status;
}

/** Shows one message in the status dialog: a second failure replaces it, never stacks. */
export function showStatus(message: string): void {
  const dialog = statusDialog();
  dialog.querySelector('p')!.textContent = message;
  if (!dialog.open) dialog.showModal();
}

function failed(): void {
  const current = search;
  search = undefined;
  resetEngine();
  current?.then(({ dialog }) => (dialog.close(), dialog.remove())).catch(() => undefined);
  showStatus(import.meta.env.DEV ? t('search.devOnly') : t('search.unavailable'));
}

/** The input, then every result link: what the arrow keys move through. */
const stops = (dialog: HTMLDialogElement) => [...dialog.querySelectorAll<HTMLElement>('.search-input, .search-results a[href]')];

async function create(): Promise<Search> {
  const engine = await loadEngine();
  const dialog = Object.assign(document.createElement('dialog'), { className: 'search-dialog' });
  dialog.setAttribute('aria-label', t('search.open'));
  const panel = Object.assign(document.createElement('div'), { className: 'search-panel' });
  const bar = Object.assign(document.createElement('div'), { className: 'search-bar' });
  bar.setAttribute('role', 'search');
  const input = Object.assign(document.createElement('input'), {
    type: 'search',
    className: 'search-input',
    placeholder: t('search.placeholder'),
    autocomplete: 'off',
    spellcheck: false,
    enterKeyHint: 'go',
  });
  input.setAttribute('aria-label', t('search.inputLabel'));
  const close = Object.assign(document.createElement('button'), { type: 'button', className: 'search-close', textContent: t('search.close') });
  close.onclick = () => dialog.close();
  bar.append(input, close);
  panel.append(bar);
  dialog.append(panel);
  const box = resultsBox(panel, engine);

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => box.show(input.value).catch(failed), DEBOUNCE_MS);
  });
  dialog.addEventListener('keydown', (event) => {
    const all = stops(dialog);
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      all[Math.max(0, Math.min(all.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    } else if (event.key === 'Enter' && event.target === input) {
      all[1]?.click();
    }
  });
  dialog.addEventListener('click', (event) => {
    // A click on the backdrop (the dialog itself, outside its panel) closes it; so does following a
    // result, which on this same page only changes the #anchor: the reader then sees where it lands.
    if (event.target === dialog || (event.target as Element).closest('a[href]')) dialog.close();
  });
  document.body.append(dialog);
  return { dialog, input, box };
}

/**
 * Loads Pagefind ahead (hover or focus on the search button); a failure here stays silent. No
 * element is added yet: the page's focus order stays as it is.
 */
export function preload(): void {
  loadEngine().catch(() => undefined);
}

/** Opens the dialog; `typed` returns what the reader typed while it was loading. */
export async function openSearch(typed: () => string = () => ''): Promise<void> {
  const pending = (search ??= create());
  try {
    const { dialog, input } = await pending;
    statusDialog().close();
    dialog.showModal();
    input.focus();
    // Keys are buffered only until the input has focus, so the buffer is what came first.
    const text = typed();
    if (text) {
      input.value = text + input.value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  } catch {
    if (search === pending) search = undefined;
    resetEngine();
    showStatus(import.meta.env.DEV ? t('search.devOnly') : t('search.unavailable'));
  }
}
