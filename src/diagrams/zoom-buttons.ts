// «Ver a pantalla completa» under each figure. The viewer's own code loads on first use only, by URL
// (see src/search/client/loader.ts for why not import()).
import viewer from './viewer.ts?worker&url';

export function enableZoomButtons(): void {
  let loading: Promise<unknown> | undefined;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.figure-zoom')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      loading ??= new Promise((resolve) => {
        const script = Object.assign(document.createElement('script'), { type: 'module', src: viewer, onload: resolve });
        document.head.append(script);
      });
      loading.then(() => window.figureViewer!(button));
    });
  }
}
