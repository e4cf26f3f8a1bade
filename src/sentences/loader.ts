// «Copiar enlace a esta frase»: its code comes by URL with the first selection (see
// src/search/client/loader.ts for why not import()).
import src from './client.ts?worker&url';

export function enableSentenceLinks(): void {
  if (!document.querySelector('.sentence-link')) return;
  const load = () => import(/* @vite-ignore */ src);
  // A browser that does not follow text fragments gets the module at once, to mark one if the page came with it.
  // import() of the same URL evaluates the module once, so every selectionchange may call it.
  if ('fragmentDirective' in document) document.addEventListener('selectionchange', load);
  else load();
}
