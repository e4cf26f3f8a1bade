// The search dialog: Pagefind's <pagefind-modal>, built on first use (see Search.astro's loader).
import { t } from '../../i18n/ui.ts';
import { searchInstance } from './pagefind.ts';

interface Opens extends HTMLElement {
  open(): void;
  close(): void;
}

let modal: Promise<Opens> | undefined;

function element(tag: string, attributes: Record<string, string> = {}, ...children: Node[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

async function createModal(): Promise<Opens> {
  await searchInstance('default');
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

/** A plain dialog for when Pagefind cannot load: in `astro dev`, or offline. */
function explain(message: string): void {
  const close = element('button', { type: 'button', class: 'search-notice-close' }, document.createTextNode(t('search.close')));
  const notice = element('dialog', { class: 'search-notice', 'aria-label': t('search.open') }, element('p', {}, document.createTextNode(message)), close);
  close.addEventListener('click', () => (notice as HTMLDialogElement).close());
  notice.addEventListener('close', () => notice.remove());
  document.body.append(notice);
  (notice as HTMLDialogElement).showModal();
}

/** Opens the dialog; `typed` returns what the reader typed while it was loading. */
export async function openSearch(typed: () => string = () => ''): Promise<void> {
  modal ??= createModal();
  try {
    const dialog = await modal;
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
    modal = undefined;
    explain(import.meta.env.DEV ? t('search.devOnly') : t('search.unavailable'));
  }
}
