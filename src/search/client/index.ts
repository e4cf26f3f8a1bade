// Everything search does on demand, as one bundle that loader.ts adds to the page
// on first use and then calls through window.siteSearch.
import { highlight } from './highlight.ts';
import { openSearch, preload, showStatus } from './modal.ts';
import { startSearchPage } from './page.ts';
import results from '../../styles/search-results.css?url';
import { linkStylesheet } from '../../utils/stylesheet.ts';

// The dialog's and the results' styles come with this bundle, not with every page: the loader waits
// for them (loader.ts), so nothing is ever shown unstyled.
const styled = linkStylesheet(results);

export const siteSearch = { openSearch, preload, showStatus, highlight, startSearchPage, styled };
export type SiteSearch = typeof siteSearch;

declare global {
  interface Window {
    siteSearch?: SiteSearch;
  }
}

window.siteSearch = siteSearch;
