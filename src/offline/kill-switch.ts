/**
 * The worker written when OFFLINE=0: it replaces any earlier one at the next visit, empties every
 * cache, unregisters itself and reloads the open pages, so they come from the network again.
 * Workbox has no such mode; these few lines are the usual recipe.
 */
export const KILL_SWITCH = `// Lectura sin conexión desactivada (OFFLINE=0): este worker borra el anterior.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) await caches.delete(key);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`;
