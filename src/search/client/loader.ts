// The only search code every page carries. The rest (Pagefind's UI, the modal, the highlighter)
// is one bundle added with a <script> tag on first use: `?worker&url` makes Vite bundle
// index.ts and return its URL. A dynamic import() would instead ship Vite's preload helper
// (about 1 KB compressed) to every page.
import bundle from './index.ts?worker&url';
import type { SiteSearch } from './index.ts';

let loading: Promise<SiteSearch> | undefined;

export function loadSearch(): Promise<SiteSearch> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = bundle;
    script.onload = () => window.siteSearch!.styled.then(() => resolve(window.siteSearch!));
    // Forgotten on failure, element and promise, so that the next use fetches it again.
    script.onerror = () => ((loading = undefined), script.remove(), reject(new Error(bundle)));
    document.head.append(script);
  });
  return loading;
}
