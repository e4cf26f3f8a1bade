// What src/components/SentenceLink.astro loads by URL, once: the selection bar, and the marking of a
// followed link to a sentence where the browser does not mark it itself.
import { markTextFragment } from './mark-fallback.ts';
import { openedWith } from './opened-with.ts';
import { startSelectionBar } from './selection-bar.ts';

const content = document.querySelector<HTMLElement>('[data-pagefind-body]')!;
// Loaded at once where the browser does not follow text fragments: mark the one the page came with, if any.
if (!('fragmentDirective' in document)) markTextFragment(openedWith(), content);
startSelectionBar(document.querySelector<HTMLElement>('.sentence-link')!, content);
