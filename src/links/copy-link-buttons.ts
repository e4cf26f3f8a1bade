// Every copy-link button (src/links/copy-link.ts), enabled once the page has loaded
// (src/layouts/after-load.ts): copies the canonical address (built from SITE_URL) plus the button's
// target or, without one, the address the reader is on; says so beside the button («Enlace copiado»)
// and through the page's live region.
export function enableCopyLinks(status: HTMLElement): void {
  const base = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.origin + location.pathname;
  for (const group of document.querySelectorAll<HTMLElement>('.link-copy')) group.hidden = false;
  addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('.link-copy button');
    if (!button) return;
    const group = button.parentElement!;
    const { linkCopied: copied, linkFailed: failed } = status.dataset;
    // Without a secure context there is no navigator.clipboard: that is a failure to announce too.
    const url = new URL(button.dataset.copy!, base).href;
    const ok = await Promise.resolve()
      .then(() => navigator.clipboard.writeText(url))
      .then(() => true, () => false);
    // Out of the flow (see copy-link.css) and hidden from screen readers, which hear the live region.
    const note = group.querySelector('.link-feedback') ?? group.appendChild(document.createElement('span'));
    note.className = `link-feedback${ok ? '' : ' failed'}`;
    note.setAttribute('aria-hidden', 'true');
    note.textContent = status.textContent = ok ? copied! : failed!;
    button.classList.toggle('copied', ok);
    setTimeout(() => ((status.textContent = ''), note.remove(), button.classList.remove('copied')), 2000);
  });
}
