// The on-page index's scroll-spy (components/TableOfContents.astro): the part being read is the last
// heading above the reading line. Before the first heading (the introduction) no link is current and
// the bar names the page itself.
export function followReading(): void {
  const toc = document.querySelector<HTMLDetailsElement>('.toc');
  const current = document.querySelector('.toc-current');
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc li a')];
  if (!toc || !current || links.length === 0) return;
  const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))!);
  const intro = current.textContent;
  let shown = -2;
  const update = () => {
    const line = innerHeight / 4;
    let active = -1;
    targets.forEach((el, i) => el.getBoundingClientRect().top < line && (active = i));
    if (active === shown) return;
    shown = active;
    links.forEach((a, i) => (i === active ? a.setAttribute('aria-current', 'true') : a.removeAttribute('aria-current')));
    current.textContent = links[active]?.dataset.bar ?? intro;
  };
  addEventListener('scroll', update, { passive: true });
  update();
  // Choosing a place closes the index; «Secciones del capítulo» opens the chapter's list it leads to.
  toc.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('nav a');
    if (!link) return;
    toc.open = false;
    if (link.matches('.toc-sections')) (document.getElementById('secciones') as HTMLDetailsElement).open = true;
  });
}
