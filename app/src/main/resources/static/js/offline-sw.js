// The service worker of the phone and tablet pages (driver, till, door): network first, the last good copy when the
// network fails, so a page reloads without signal. One script for them all, served by each page's controller under
// its pages (ServiceWorkerScript, with Service-Worker-Allowed) so its scope may be the list page and the pages below
// it, and registered by offline-queue.js (YuiOffline.keepPages) as <served path>?name=<name>[&skip=<path part>...]:
// the pages are kept in the cache yui-<name>; a GET whose path holds a skip part is never answered from or kept in
// the cache; with &only=<path part>..., a page (a navigation) whose path holds none of them is left to the network too
// (the door's scope /orgs/{org}/events/ also holds the office's pages). Only GETs of this origin's pages and assets
// are answered; the API, sign-in and sign-out are left alone,
// and what a page sends is left to its own queue (offline-queue.js).
'use strict';
var params = new URL(self.location.href).searchParams;
var CACHE = 'yui-' + (params.get('name') || 'pages');
var SKIP = params.getAll('skip').filter(Boolean);
var ONLY = params.getAll('only').filter(Boolean);

self.addEventListener('install', function () {
    self.skipWaiting();
});

self.addEventListener('activate', function (event) {
    event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
    var request = event.request;
    var url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.indexOf('/api/') === 0
            || url.pathname === '/logout' || url.pathname.indexOf('/login') === 0
            || SKIP.some(function (part) { return url.pathname.indexOf(part) >= 0; })
            || ONLY.length && request.mode === 'navigate'
                && !ONLY.some(function (part) { return url.pathname.indexOf(part) >= 0; })) {
        return;
    }
    event.respondWith(fetch(request).then(function (response) {
        // A sign-in page reached by redirect, a refusal or an error is never kept as the page.
        if (response.ok && response.type === 'basic' && !response.redirected) {
            var copy = response.clone();
            event.waitUntil(caches.open(CACHE).then(function (cache) {
                return cache.put(url.pathname + url.search, copy);
            }));
        }
        return response;
    }, function () {
        return caches.open(CACHE).then(function (cache) {
            return cache.match(url.pathname + url.search, { ignoreVary: true });
        }).then(function (cached) {
            return cached || Response.error();
        });
    }));
});
