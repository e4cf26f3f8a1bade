// The page side of reading offline, kept within the JS budget (no workbox-window: it alone is
// over 2 KB compressed). Registers after `load`, so it never competes with the first paint.
// A new deployment's worker waits; the reader decides when to switch, never mid-reading.
// With OFFLINE=0 this script is not on the page at all: the kill-switch sw.js removes old workers.
export function registerOffline(prompt: HTMLElement): void {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  let chosen = false;
  sw.addEventListener('controllerchange', () => chosen && location.reload());
  addEventListener('load', async () => {
    const registration = await sw.register('/sw.js');
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
