// Everything search does on demand, as one bundle that loader.ts adds to the page
// on first use and then calls through window.siteSearch.
import { highlight } from './highlight.ts';
import { openSearch, preload, showStatus } from './modal.ts';
import { startSearchPage } from './page.ts';
import results from '../../styles/search-results.css?url';

// The dialog's and the results' styles come with this bundle, not with every page: the loader waits
// for them (loader.ts), so nothing is ever shown unstyled. A failed sheet still lets search run.
const sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: results });
const styled = new Promise<void>((resolve) => ((sheet.onload = () => resolve()), (sheet.onerror = () => resolve())));
document.head.append(sheet);

export const siteSearch = { openSearch, preload, showStatus, highlight, startSearchPage, styled };
export type SiteSearch = typeof siteSearch;

declare global {
  interface Window {
    siteSearch?: SiteSearch;
  }
}

window.siteSearch = siteSearch;
