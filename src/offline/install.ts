// The worker's install: the pages through Workbox's own strategy, several at once, and everything
// else out of one pack. Workbox installs one file after another (GoogleChrome/workbox#2528 made it
// sequential; the option to choose, #2880 and PR #3205, is still open), and Chromium lets an
// installing worker have only 3 requests out at a time (its ThrottleInstallingServiceWorker
// feature), so on a mobile network the latency is paid once per file, or once per three.
import type { PrecacheController } from 'workbox-precaching';
import { PACKED, unpack } from './pack-format.ts';

/** Chromium's limit for an installing worker (3) and a little more for browsers without it; far
 *  below the hundreds that exhausted Chromium's resources when Workbox fetched all at once. */
const CONCURRENCY = 6;

type Entry = [url: string, cacheKey: string];

/** Order of importance: the pages open now, the pack (what any page needs to show, and search),
 *  the other pages. */
const rank = (url: string, open: Set<string>) => (open.has(new URL(url).pathname) ? 0 : 2);
const PACK_RANK = 1;

const packPath = (url: string) => new URL(url).pathname.slice(1);

/** One file through Workbox's strategy, as PrecacheController.install does: an entry already
 *  cached under its revisioned key (an interrupted install) is not downloaded again. */
function download(controller: PrecacheController, [url, cacheKey]: Entry, event: Event): Promise<unknown> {
  const request = new Request(url, {
    integrity: controller.getIntegrityForCacheKey(cacheKey),
    cache: url === cacheKey ? 'default' : 'reload',
    credentials: 'same-origin',
  });
  return Promise.all(controller.strategy.handleAll({ params: { cacheKey }, request, event: event as never }));
}

/** The packed files, each under its own URL and revisioned key, from the one pack of this build. */
async function unpackInto(cache: Cache, pack: { url: string; integrity: string }, entries: Entry[]): Promise<void> {
  const response = await fetch(pack.url, { integrity: pack.integrity, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${pack.url}: HTTP ${response.status}`);
  const files = unpack(await response.arrayBuffer());
  await Promise.all(
    entries.map(([url, cacheKey]) => {
      const file = files.get(packPath(url));
      if (!file) throw new Error(`${packPath(url)} no está en ${pack.url}`);
      return cache.put(cacheKey, new Response(file.body, { headers: { 'Content-Type': file.type } }));
    }),
  );
}

/** Runs the tasks in order, `limit` at a time; the first failure fails the install. */
async function inOrder(tasks: (() => Promise<unknown>)[], limit: number): Promise<void> {
  const queue = tasks.values();
  await Promise.all(Array.from({ length: limit }, async () => {
    for (const task of queue) await task();
  }));
}

/** Precaches the whole manifest: every file or none (the worker is not installed), as Workbox does. */
export async function installAll(controller: PrecacheController, pack: { url: string; integrity: string }, event: Event, openPages: string[]): Promise<void> {
  const open = new Set(openPages.map((path) => (path.endsWith('/') ? `${path}index.html` : path)));
  const entries = [...controller.getURLsToCacheKeys()];
  const packed = entries.filter(([url]) => PACKED.test(packPath(url)));
  // An interrupted install may have left them all (their keys carry the revision): then no pack.
  const cache = await caches.open(controller.strategy.cacheName);
  const cached = await Promise.all(packed.map(([, cacheKey]) => cache.match(cacheKey)));
  const jobs = entries
    .filter(([url]) => !PACKED.test(packPath(url)))
    .map((entry) => ({ rank: rank(entry[0], open), run: () => download(controller, entry, event) }));
  if (!cached.every(Boolean)) jobs.push({ rank: PACK_RANK, run: () => unpackInto(cache, pack, packed) });
  jobs.sort((a, b) => a.rank - b.rank);
  await inOrder(jobs.map((job) => job.run), CONCURRENCY);
}
