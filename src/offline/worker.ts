// The service worker's source: bundled by esbuild at build, then Workbox's injectManifest writes
// the precache list into it as dist/sw.js (integration.ts). What generateSW wrote before, with our
// install (install.ts) in place of Workbox's one-file-at-a-time one.
import { PrecacheController, PrecacheFallbackPlugin, PrecacheRoute, cleanupOutdatedCaches, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { installAll } from './install.ts';
import { OFFLINE_PAGE } from './switch.ts';

// The project's types are the DOM's; these are the few service-worker members used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
declare const self: {
  __WB_MANIFEST: PrecacheEntry[];
  clients: { matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<{ url: string }[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};
declare function importScripts(...urls: string[]): void;
/** This build's pack (pack.ts), written in by esbuild's define. */
declare const PACK: { url: string; integrity: string };

// Before Workbox's routes: its fetch listener answers short URLs first (short-urls.ts).
importScripts('/sw-enlaces.js');

const controller = new PrecacheController();
controller.addToCacheList(self.__WB_MANIFEST);
// Search results add ?resaltar=…, a linked search ?q=…: the same precached page. Pagefind asks
// for its entry file with ?ts=… to dodge HTTP caches; the precache is revisioned.
registerRoute(new PrecacheRoute(controller, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/^resaltar$/, /^q$/, /^ts$/, /^utm_/] }));

self.addEventListener('install', (event) =>
  event.waitUntil(
    self.clients
      .matchAll({ includeUncontrolled: true, type: 'window' })
      .then((open) => installAll(controller, PACK, event, open.map(({ url }) => new URL(url).pathname))),
  ),
);
self.addEventListener('activate', (event) => controller.activate(event as never));
cleanupOutdatedCaches();

// A page it does not hold, with no network: the «Sin conexión» page.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkOnly({ plugins: [new PrecacheFallbackPlugin({ fallbackURL: `${OFFLINE_PAGE}index.html`, precacheController: controller })] }),
);

// A new deployment waits until the reader chooses «Actualizar» (register.ts).
self.addEventListener('message', (event) => event.data?.type === 'SKIP_WAITING' && self.skipWaiting());
