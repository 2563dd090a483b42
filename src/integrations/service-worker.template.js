// Service worker for offline classroom use, written into dist/sw.js by
// src/integrations/offline.ts, which replaces the two placeholders below. It is registered from
// the learning centre's pages as sw.js?lang=<zh-cn|en>, and stores that language's learning
// pages, search page, scripts, styles and search index. A rebuild that changes any of those
// files changes VERSION, so browsers install the new set and drop the old one.
const VERSION = '__VERSION__';
const PRECACHE = /** @type {Record<string, string[]>} */ ({ /* __PRECACHE__ */ });
const LANG = new URL(self.location.href).searchParams.get('lang') === 'en' ? 'en' : 'zh-cn';
const CACHE = `xicheng-offline-${VERSION}-${LANG}`;

/**
 * Stores every file of this language, all or nothing. A file already stored for the other
 * language (scripts, styles, shared index chunks) is copied from that cache instead of being
 * downloaded again. If any file cannot be fetched, the half-filled cache is deleted and the
 * install fails, so the page never claims offline use that would not work.
 */
async function install() {
  const cache = await caches.open(CACHE);
  try {
    for (const url of PRECACHE[LANG]) {
      const stored = await caches.match(url, { ignoreVary: true });
      if (stored) {
        await cache.put(url, stored);
        continue;
      }
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      await cache.put(url, response);
    }
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // Keep this version's caches (both languages may be installed); drop every older version.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('xicheng-offline-') && !k.startsWith(`xicheng-offline-${VERSION}-`)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so readers see the latest text; the stored copy when offline
    // (the query string is ignored, so /search/?q=… opens the stored search page).
    event.respondWith(
      fetch(request).catch(() => caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || Response.error())),
    );
    return;
  }
  // Pagefind's entry file and loader name the current index: ask the network first (with the
  // cache-busting query Pagefind adds) so a rebuilt site is never searched with a stale index,
  // and fall back to the stored copy offline.
  if (/\/pagefind\/(pagefind-entry\.json|pagefind\.js)$/.test(new URL(request.url).pathname)) {
    event.respondWith(fetch(request).catch(() => caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || Response.error())));
    return;
  }
  // Scripts, styles and index chunks: their names change when their content does, so a stored
  // copy is always right. Vary is ignored because module scripts are fetched with an Origin
  // header the stored copies lack.
  event.respondWith(caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(request)));
});
