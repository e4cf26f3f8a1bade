// URL parameters that are part of search's public interface: teachers paste these links.

/** /buscar/?q=overlay runs that search. */
export const QUERY_PARAM = 'q';
/** ?resaltar=palabra on any page marks that word (added by Pagefind to result links). */
export const HIGHLIGHT_PARAM = 'resaltar';
/** The dialog's wait after a key before searching: skips the searches of a word typed quickly, short enough to feel immediate. */
export const DEBOUNCE_MS = 30;
/** What a search result is (src/search/records.ts), the same words as /enlaces.json's «tipo». */
export type RecordType = 'seccion' | 'apartado' | 'figura' | 'termino';
