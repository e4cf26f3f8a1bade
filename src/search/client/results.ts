// The results of a search, drawn into a box: a summary line for screen readers and an ordered list.
// Each result is one part of the book (a heading's part, a figure, a glossary entry: ../records.ts),
// with its page's name and an excerpt. Used by the dialog (modal.ts) and by /buscar/ (page.ts).
import { t } from './strings.ts';
import { aroundFirstMatch } from './excerpt.ts';
import { pastedParts } from './pasted.ts';
import { titlesFirst } from './title-match.ts';
import { inTime, type Engine, type Fragment, type Result } from './pagefind.ts';

export interface ResultsBox {
  /** Searches and draws; a newer call makes an older one stop drawing. Rejects on any failure. */
  show(term: string): Promise<void>;
}

/**
 * Results whose text (Pagefind's fragment) is fetched at once; the rest wait for «Ver más». A fragment
 * is a part's whole text: fetching every match of «v» was most of what a first search downloaded.
 */
export const FIRST_RESULTS = 5;
/**
 * Shorter queries are not searched: «v» and «vo» match nearly every part, and fetching their results
 * while a student types «volumen» cost more than the results they wanted (npm run bench:search).
 */
export const MIN_QUERY_LENGTH = 3;

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') =>
  Object.assign(document.createElement(tag), { className, textContent: text });

function item(data: Fragment): HTMLLIElement {
  const li = element('li', 'search-result');
  const title = data.meta.title ?? data.url;
  const link = element('a', 'search-result-link', title);
  link.href = data.url;
  li.append(link);
  // The page it belongs to, unless the result is that page's own title.
  if (data.meta.page && data.meta.page !== title) li.append(element('p', 'search-result-page', data.meta.page));
  // Pagefind's excerpts are escaped text with <mark> around the matched words.
  const excerpt = element('p', 'search-result-excerpt');
  excerpt.innerHTML = aroundFirstMatch(data.excerpt);
  li.append(excerpt);
  return li;
}

export function resultsBox(root: HTMLElement, engine: Engine): ResultsBox {
  const summary = element('p', 'search-summary');
  summary.setAttribute('role', 'status');
  const list = element('ol', 'search-results');
  list.setAttribute('aria-label', t('search.resultsLabel'));
  const more = element('button', 'search-more', t('search.more'));
  more.type = 'button';
  more.hidden = true;
  root.append(summary, list, more);

  let latest = 0;
  let rest: Result[] = [];
  const fragments = (results: Result[]) => Promise.all(results.map((result) => inTime(result.data(), 'fragmento')));
  more.onclick = async () => {
    const id = latest;
    const next = rest.slice(0, FIRST_RESULTS);
    const drawn = (await fragments(next)).map(item);
    if (id !== latest) return;
    rest = rest.slice(next.length);
    more.hidden = rest.length === 0;
    list.append(...drawn);
    // Focus moves to the first new result, so a keyboard reader goes on from where the list grew.
    drawn[0]?.querySelector('a')?.focus();
  };

  return {
    async show(term) {
      const id = ++latest;
      const query = term.trim();
      let found = query.length >= MIN_QUERY_LENGTH ? await inTime(engine.search(query), 'búsqueda') : null;
      // A pasted error message: the first of its parts that finds something (pasted.ts).
      let part: string | undefined;
      for (const candidate of found?.results.length === 0 ? pastedParts(query) : []) {
        const again = await inTime(engine.search(candidate), 'búsqueda');
        if (id !== latest) return;
        if (again && again.results.length > 0) [found, part] = [again, candidate];
        if (part) break;
      }
      if (id !== latest) return;
      const results = found?.results ?? [];
      const fetched = await fragments(results.slice(0, FIRST_RESULTS));
      const first = titlesFirst(part ?? query, fetched, (data) => ({ title: data.meta.title ?? '', glossary: data.meta.type === 'termino' }));
      if (id !== latest) return;
      // Replaced in one go, once the new results are ready: the list never empties while typing.
      list.replaceChildren(...first.map(item));
      rest = results.slice(FIRST_RESULTS);
      more.hidden = rest.length === 0;
      const key = results.length === 0 ? 'search.zeroResults' : results.length === 1 ? 'search.oneResult' : 'search.manyResults';
      summary.textContent = part ? t('search.partResults', { term: part }) : found ? t(key, { count: String(results.length), term: query }) : query ? t('search.tooShort', { count: String(MIN_QUERY_LENGTH) }) : '';
      // What is on screen, for tests and the benchmark: set once this term's results are drawn.
      list.dataset.term = query;
    },
  };
}
