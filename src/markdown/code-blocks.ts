// The build-time «Copiar» buttons and «Ajustar líneas» toggles (src/markdown/rehype-code-copy.ts),
// enabled once the page has loaded (src/layouts/after-load.ts).
// Its messages are on the live region (#aviso, Base.astro), once for the page.
export function enableCodeBlocks(status: HTMLElement): void {
  const { codeCopied: copied, codeAnnouncement: announcement, codeFailed: failed } = status.dataset;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.code-block > .copy')) {
    const label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const code = button.parentElement!.querySelector('pre')!.innerText.replace(/\n$/, '');
      const ok = await navigator.clipboard.writeText(code).then(() => true, () => false);
      button.textContent = ok ? copied! : failed!;
      status.textContent = ok ? announcement! : failed!;
      setTimeout(() => ((button.textContent = label), (status.textContent = '')), 2000);
    });
  }
  // The wrap toggle shows where lines run past the edge (the fade there is CSS: code.css).
  const blocks = [...document.querySelectorAll<HTMLElement>('.code-block')];
  const measure = () =>
    blocks.forEach((block) => {
      const pre = block.querySelector('pre')!;
      block.classList.toggle('scrolls', block.matches('.wrapped') || pre.scrollWidth > pre.clientWidth);
    });
  for (const block of blocks) {
    const toggle = block.querySelector<HTMLButtonElement>('.wrap')!;
    toggle.hidden = false;
    toggle.onclick = () => toggle.setAttribute('aria-pressed', String(block.classList.toggle('wrapped')));
  }
  measure();
  addEventListener('resize', measure);
}
