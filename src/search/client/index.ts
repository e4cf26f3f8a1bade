// Everything search does on demand, as one bundle that Search.astro's loader adds to the page
// on first use and then calls through window.siteSearch.
import { highlight } from './highlight.ts';
import { openSearch, preload, showStatus } from './modal.ts';
import { startSearchPage } from './page.ts';

export const siteSearch = { openSearch, preload, showStatus, highlight, startSearchPage };
export type SiteSearch = typeof siteSearch;

declare global {
  interface Window {
    siteSearch?: SiteSearch;
  }
}

window.siteSearch = siteSearch;
