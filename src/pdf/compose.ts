/**
 * Runs inside the page (page.evaluate): turns a section page into the PDF's document. The section
 * pages' <main> are fetched and put one after another behind a cover and a table of contents; the
 * site's print stylesheet (src/styles/print.css) does the rest, as it does for «Imprimir».
 * Self-contained on purpose: Playwright sends this function's source to the browser.
 */
export interface ComposeInput {
  title: string;
  subtitle: string;
  date: string;
  siteLabel: string;
  siteUrl: string;
  qrSvg: string;
  tocTitle: string;
  /** Pages to include, in reading order ("/objetos-de-docker/"). */
  pages: string[];
  /** ruta (page#anchor) → absolute short URL, for every numbered heading and figure. */
  shorts: Record<string, string>;
  figureLabel: string;
  /** The public address: links to pages outside the PDF point there, not to the local copy. */
  site: string;
}

export async function composeDocument(input: ComposeInput): Promise<void> {
  const mains: HTMLElement[] = [];
  for (const path of input.pages) {
    const html = await (await fetch(path)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const main = doc.querySelector('main');
    if (!main) throw new Error(`${path}: no hay <main>`);
    main.removeAttribute('id');
    main.classList.add('pdf-section');
    // Links between the included pages become links inside the PDF.
    for (const a of main.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const href = a.getAttribute('href')!;
      const target = input.pages.find((p) => href.startsWith(`${p}#`));
      if (target) a.setAttribute('href', href.slice(target.length));
      else if (href.startsWith('/')) {
        // The glossary, another section: the live site. Marked so the target is not printed after every term.
        a.setAttribute('href', new URL(href, input.site).href);
        a.classList.add('pdf-site-link');
      }
    }
    // Each numbered heading and figure: its short URL beside it.
    for (const [ruta, short] of Object.entries(input.shorts)) {
      if (!ruta.startsWith(`${path}#`)) continue;
      const id = ruta.slice(path.length + 1);
      const el = main.querySelector(`[id="${CSS.escape(id)}"]`);
      if (!el) continue;
      const note = doc.createElement('p');
      note.className = 'pdf-short';
      note.textContent = short.replace(/^https?:\/\//, '');
      if (el.tagName === 'FIGURE') {
        const caption = el.querySelector('figcaption')!;
        // A real heading, so Chromium puts the figure in the PDF's outline too.
        const heading = doc.createElement('h5');
        heading.className = 'pdf-figure-heading';
        heading.append(...caption.childNodes);
        caption.append(heading, note);
      } else {
        // Beside the heading, not in it: the outline and the table of contents keep the bare title.
        el.after(note);
      }
    }
    mains.push(document.importNode(main, true));
  }

  const cover = document.createElement('section');
  cover.className = 'pdf-cover';
  cover.innerHTML = `<p class="pdf-cover-site"></p><p class="pdf-cover-title"></p><p class="pdf-cover-subtitle"></p><p class="pdf-cover-date"></p><div class="pdf-cover-qr"></div><p class="pdf-cover-url"></p>`;
  // The chapter's title is the site's name: said once.
  if (input.siteLabel !== input.title) cover.querySelector('.pdf-cover-site')!.textContent = input.siteLabel;
  else cover.querySelector('.pdf-cover-site')!.remove();
  cover.querySelector('.pdf-cover-title')!.textContent = input.title;
  cover.querySelector('.pdf-cover-subtitle')!.textContent = input.subtitle;
  cover.querySelector('.pdf-cover-date')!.textContent = input.date;
  cover.querySelector('.pdf-cover-qr')!.innerHTML = input.qrSvg;
  cover.querySelector('.pdf-cover-url')!.textContent = input.siteUrl;

  const toc = document.createElement('nav');
  toc.className = 'pdf-toc';
  toc.setAttribute('aria-label', input.tocTitle);
  const tocTitle = document.createElement('p');
  tocTitle.className = 'pdf-toc-title';
  tocTitle.textContent = input.tocTitle;
  const list = document.createElement('ol');
  for (const main of mains) {
    for (const heading of main.querySelectorAll<HTMLElement>('h1[id], h2[id], h3[id], h5.pdf-figure-heading')) {
      const id = heading.id || heading.closest('figure')?.id;
      if (!id) continue;
      const li = document.createElement('li');
      li.className = `pdf-toc-${heading.tagName.toLowerCase()}`;
      const a = document.createElement('a');
      a.href = `#${id}`;
      const clone = heading.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.link-copy, .anchor, .sr-only').forEach((n) => n.remove());
      a.append(document.createTextNode(clone.textContent!.replace(/\s+/g, ' ').trim()));
      const page = document.createElement('span');
      page.className = 'pdf-toc-page';
      page.dataset.target = id;
      page.textContent = '000';
      li.append(a, page);
      list.append(li);
    }
  }
  toc.append(tocTitle, list);

  const body = document.createElement('main');
  body.className = 'pdf-document';
  body.append(cover, toc, ...mains);
  document.body.replaceChildren(body);
  document.documentElement.dataset.theme = 'light';
  document.title = input.title;
}

/** Second pass: the page numbers read from the first PDF's outline go into the table of contents. */
export function fillPageNumbers(pages: Record<string, number>): number {
  let filled = 0;
  for (const span of document.querySelectorAll<HTMLElement>('.pdf-toc-page')) {
    const page = pages[span.dataset.target!];
    if (page !== undefined) {
      span.textContent = String(page);
      filled++;
    }
  }
  return filled;
}
