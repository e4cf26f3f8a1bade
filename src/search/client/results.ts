// The results of a search, drawn into a box: a summary line for screen readers and an ordered list,
// each page with up to three of its sections. Used by the dialog (modal.ts) and by /buscar/ (page.ts).
import { t } from './strings.ts';
import { aroundFirstMatch } from './excerpt.ts';
import { inTime, keepStrongest, type Engine, type Fragment } from './pagefind.ts';

export interface ResultsBox {
  /** Searches and draws; a newer call makes an older one stop drawing. Rejects on any failure. */
  show(term: string): Promise<void>;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') =>
  Object.assign(document.createElement(tag), { className, textContent: text });

/** Pagefind's excerpts are escaped text with <mark> around the matched words. */
function excerpt(className: string, html: string): HTMLParagraphElement {
  const p = element('p', className);
  p.innerHTML = aroundFirstMatch(html);
  return p;
}

function item(data: Fragment): HTMLLIElement {
  const li = element('li', 'search-result');
  const link = element('a', 'search-result-link', data.meta.title ?? data.url);
  link.href = data.url;
  li.append(link, excerpt('search-result-excerpt', data.excerpt));
  // The page's own title is its first sub-result: the page link above already stands for it.
  const sections = keepStrongest(data.sub_results.filter((sub) => sub.url !== data.url && sub.title !== data.meta.title));
  if (sections.length > 0) {
    const list = element('ul', 'search-headings');
    for (const sub of sections) {
      const entry = element('li', 'search-heading');
      const anchor = element('a', 'search-heading-link', sub.title);
      anchor.href = sub.url;
      entry.append(anchor, excerpt('search-heading-excerpt', sub.excerpt));
      list.append(entry);
    }
    li.append(list);
  }
  return li;
}

/**
 * Every result is drawn, each with its page's fragment: the index holds four pages. Past a dozen or so,
 * draw the first few and fetch the rest on demand, or a first query fetches every page's text.
 */
export function resultsBox(root: HTMLElement, engine: Engine): ResultsBox {
  const summary = element('p', 'search-summary');
  summary.setAttribute('role', 'status');
  const list = element('ol', 'search-results');
  list.setAttribute('aria-label', t('search.resultsLabel'));
  root.append(summary, list);

  let latest = 0;
  return {
    async show(term) {
      const id = ++latest;
      const query = term.trim();
      const found = query ? await inTime(engine.search(query), 'búsqueda') : null;
      if (id !== latest) return;
      const results = found?.results ?? [];
      const pages = await Promise.all(results.map((result) => inTime(result.data(), 'fragmento')));
      if (id !== latest) return;
      // Replaced in one go, once the new results are ready: the list never empties while typing.
      list.replaceChildren(...pages.map(item));
      const key = results.length === 0 ? 'search.zeroResults' : results.length === 1 ? 'search.oneResult' : 'search.manyResults';
      summary.textContent = query ? t(key, { count: String(results.length), term: query }) : '';
      // What is on screen, for tests and the benchmark: set once this term's results are drawn.
      list.dataset.term = query;
    },
  };
}
