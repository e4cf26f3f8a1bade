// The «Copiar enlace a esta frase» bar (src/components/SentenceLink.astro), loaded (by client.ts) on
// the first text selection: a page that nobody selects in never downloads it.
import { directiveFor, formatDirective } from './text-directive.ts';

export function startSelectionBar(bar: HTMLElement, content: HTMLElement): void {
  const button = bar.querySelector('button')!;
  const status = document.getElementById('aviso')!;
  const label = button.textContent;
  let range: Range | undefined;
  let hideLater: ReturnType<typeof setTimeout> | undefined;

  const selected = () => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
    const candidate = selection.getRangeAt(0);
    const length = candidate.toString().trim().length;
    return content.contains(candidate.commonAncestorContainer) && length >= 3 && length <= 600 ? candidate.cloneRange() : undefined;
  };

  const update = () => {
    const now = selected();
    clearTimeout(hideLater);
    if (now) {
      range = now;
      // In the DOM right after the selected block: the next Tab, and a screen reader, find it there.
      const end = now.endContainer;
      const block = (end.nodeType === Node.TEXT_NODE ? end.parentElement : (end as Element))!.closest('p, li, pre, figure, td, h2, h3, h4, blockquote, .aside');
      if (block && block.nextElementSibling !== bar) block.after(bar);
      if (bar.hidden) status.textContent = bar.dataset.announce!;
      bar.hidden = false;
      // A tap on the bar may clear the selection before the click: keep the bar (and the range) a moment.
    } else if (!bar.hidden && document.activeElement !== button) hideLater = setTimeout(() => (bar.hidden = true), 1500);
  };
  document.addEventListener('selectionchange', update);
  update();

  addEventListener('keydown', (event) => {
    if (bar.hidden) return;
    if (event.key === 'Escape') bar.hidden = true;
    // With text selected, the next Tab goes to the bar (as #aviso announced), wherever focus was.
    if (event.key === 'Tab' && !event.shiftKey && range && document.activeElement !== button) {
      event.preventDefault();
      button.focus();
    }
  });

  button.addEventListener('click', async () => {
    if (!range) return;
    const before = document.createRange();
    before.setStart(content, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const url = `${bar.dataset.base}#:~:${formatDirective(directiveFor(range.toString(), content.textContent ?? '', before.toString()))}`;
    const ok = await navigator.clipboard.writeText(url).then(() => true, () => false);
    button.textContent = status.textContent = ok ? bar.dataset.copied! : bar.dataset.failed!;
    setTimeout(() => (button.textContent = label), 2000);
  });
}
