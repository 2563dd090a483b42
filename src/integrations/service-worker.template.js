// Service worker for offline classroom use, written into dist/sw.js by
// src/integrations/offline.ts, which replaces the two placeholders below. It is registered from
// the learning centre's pages as sw.js?lang=<zh-cn|en>, and stores that language's learning
// pages, search page, scripts, styles and search index. A rebuild that changes any of those
// files changes VERSION, so browsers install the new set and drop the old one.
const VERSION = '__VERSION__';
const PRECACHE = /** @type {Record<string, string[]>} */ ({ /* __PRECACHE__ */ });
const LANG = new URL(self.location.href).searchParams.get('lang') === 'en' ? 'en' : 'zh-cn';
const CACHE = `xicheng-offline-${VERSION}-${LANG}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE[LANG]))
      .then(() => self.skipWaiting()),
  );
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
  // Scripts, styles and the search index: their names change when their content does. The query
  // string is ignored because Pagefind asks for pagefind-entry.json?ts=<time> to dodge caches, and
  // Vary because module scripts are fetched with an Origin header the stored copies lack.
  event.respondWith(caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(request)));
});
