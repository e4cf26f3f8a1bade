// The page side of reading offline (no workbox-window: it alone is over 2 KB compressed). Called
// once the page has loaded (src/layouts/after-load.ts), so it never competes with the first paint.
// A new deployment's worker waits; the reader decides when to switch, never mid-reading.
// With OFFLINE=0 this script is not on the page at all: the kill-switch sw.js removes old workers.
export function registerOffline(prompt: HTMLElement): void {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  let chosen = false;
  sw.addEventListener('controllerchange', () => chosen && location.reload());
  void sw.register('/sw.js').then((registration) => {
    const offer = () => sw.controller && registration.waiting && (prompt.hidden = false);
    offer();
    registration.addEventListener('updatefound', () => registration.installing!.addEventListener('statechange', offer));
    prompt.querySelector('.update-apply')!.addEventListener('click', () => {
      chosen = true;
      // generateSW's worker listens for this message when skipWaiting is off.
      registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
    });
  });
}
