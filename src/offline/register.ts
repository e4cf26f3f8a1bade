// The page side of reading offline, kept within the JS budget (no workbox-window: it alone is
// over 2 KB compressed). Registers after `load`, so it never competes with the first paint.
// A new deployment's worker waits; the reader decides when to switch, never mid-reading.
// With OFFLINE=0 this script is not on the page at all: the kill-switch sw.js removes old workers.
export function registerOffline(prompt: HTMLElement): void {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  let chosen = false;
  sw.addEventListener('controllerchange', () => chosen && location.reload());
  const offer = (worker: ServiceWorker) => {
    prompt.hidden = false;
    prompt.querySelector('.update-apply')!.addEventListener('click', () => {
      chosen = true;
      // generateSW's worker listens for this message when skipWaiting is off.
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  addEventListener('load', async () => {
    const registration = await sw.register('/sw.js');
    if (registration.waiting && sw.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing!;
      worker.addEventListener('statechange', () => worker.state === 'installed' && sw.controller && offer(worker));
    });
  });
}
