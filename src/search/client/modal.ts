// The search dialog: Pagefind's <pagefind-modal>, built on first use (see Search.astro's loader).
// Any failure, while loading or later, ends in the one status dialog and a reset: the next open
// starts again from nothing, so it works as soon as the network is back.
import { t } from '../../i18n/ui.ts';
import { searchInstance } from './pagefind.ts';

interface Opens extends HTMLElement {
  open(): void;
  close(): void;
}

let modal: Promise<Opens> | undefined;
/** Pagefind loaded (Component UI and pagefind.js), before any element exists. */
let loaded: Promise<unknown> | undefined;
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

function load(): Promise<unknown> {
  const pending = (loaded ??= searchInstance('default', failed));
  pending.catch(() => loaded === pending && (loaded = undefined));
  return pending;
}

function failed(): void {
  const current = modal;
  modal = undefined;
  loaded = undefined;
  current?.then((dialog) => (dialog.close(), dialog.remove())).catch(() => undefined);
  showStatus(import.meta.env.DEV ? t('search.devOnly') : t('search.unavailable'));
}

async function createModal(): Promise<Opens> {
  await load();
  const dialog = document.createElement('pagefind-modal') as Opens;
  // A result on this same page only changes the #anchor: close so the reader sees where it lands.
  dialog.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a[href]')) dialog.close();
  });
  document.body.append(dialog);
  // Pagefind's own layout; only the input searches sooner than its 300 ms default.
  dialog.querySelector('pagefind-input')?.setAttribute('debounce', '40');
  return dialog;
}

/**
 * Loads Pagefind ahead (hover or focus on the search button); a failure here stays silent. No
 * element is added yet: the page's focus order stays as it is.
 */
export function preload(): void {
  load().catch(() => undefined);
}

/** Opens the dialog; `typed` returns what the reader typed while it was loading. */
export async function openSearch(typed: () => string = () => ''): Promise<void> {
  const pending = (modal ??= createModal());
  try {
    const dialog = await pending;
    statusDialog().close();
    dialog.open();
    // Pagefind focuses its input on the next frame.
    await new Promise(requestAnimationFrame);
    const input = dialog.querySelector('input');
    // Keys are buffered only until the input has focus, so the buffer is what came first.
    const text = typed();
    if (input && text) {
      input.value = text + input.value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  } catch {
    if (modal === pending) modal = undefined;
    showStatus(import.meta.env.DEV ? t('search.devOnly') : t('search.unavailable'));
  }
}
