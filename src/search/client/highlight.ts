// Highlight on arrival: marks the searched words with Pagefind's pagefind-highlight.js, and lets
// the reader remove them (button or Esc) without touching the #anchor of the permalink.
import { t } from './strings.ts';
import { BUNDLE } from './pagefind.ts';
import { HIGHLIGHT_PARAM } from './params.ts';
import { openedWith } from '../../sentences/opened-with.ts';

const CLASS = 'search-highlight';
/** A link to a sentence (#:~:text=…, src/sentences/): the page never sees it in location, only in the navigation's URL. */
const textFragment = () => /:~:.*$/.exec(openedWith())?.[0] ?? '';
/** mark.js marks the whole word around a match («volumen» → «Volúmenes»), up to a space or one of these. */
const ACCURACY = { value: 'complementary', limiters: [...',.;:()[]«»"\'¿?¡!/=-'] };

function remove(button: HTMLButtonElement, onKey: (event: KeyboardEvent) => void): void {
  for (const mark of document.querySelectorAll(`mark.${CLASS}`)) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
  button.remove();
  removeEventListener('keydown', onKey);
  // Rewriting the address would lose a text fragment (the browser strips it from any URL the page
  // sets, sphinx-doc/sphinx#13916): with one, the address stays as it came, ?resaltar= included.
  if (!textFragment()) {
    const url = new URL(location.href);
    url.searchParams.delete(HIGHLIGHT_PARAM);
    history.replaceState(history.state, '', url);
  }
  document.getElementById('aviso')!.textContent = t('search.highlight.removed');
}

declare global {
  interface Window {
    PagefindHighlight?: new (options: object) => unknown;
  }
}

/** Pagefind's highlighter lives in dist/pagefind/, outside Vite's build: loaded by URL, it sets window.PagefindHighlight. */
function loadHighlighter(): Promise<NonNullable<Window['PagefindHighlight']>> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { type: 'module', src: `${BUNDLE}pagefind-highlight.js` });
    script.onload = () => (window.PagefindHighlight ? resolve(window.PagefindHighlight) : reject(new Error('PagefindHighlight')));
    script.onerror = reject;
    document.head.append(script);
  });
}

export async function highlight(): Promise<void> {
  // Without the bundle (astro dev, offline) the page simply stays unmarked.
  const PagefindHighlight = await loadHighlighter().catch(() => undefined);
  if (!PagefindHighlight) return;
  new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markOptions: { className: CLASS, accuracy: ACCURACY } });
  if (!document.querySelector(`mark.${CLASS}`)) return;

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'search-highlight-remove';
  button.textContent = t('search.highlight.remove');
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !document.querySelector('dialog[open]')) remove(button, onKey);
  };
  button.addEventListener('click', () => remove(button, onKey));
  addEventListener('keydown', onKey);
  // In the way-finding bar (phone) or the page index's column (wide screens): out of the text's way.
  const toTop = document.querySelector('.wayfinder > .to-top');
  if (toTop) toTop.before(button);
  else document.body.append(button);
  // Marking rewrote the text nodes: bring the sub-section back into view. A result for the whole page
  // has no anchor: the first highlight is where the reader wanted to go.
  // A link to a sentence already brought it into view: marking words never takes the reader elsewhere.
  if (textFragment()) return;
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) target.scrollIntoView();
  else document.querySelector(`mark.${CLASS}`)!.scrollIntoView({ block: 'center' });
}
