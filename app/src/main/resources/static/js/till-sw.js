// The till pages without signal: network first, the last good copy when the network fails. Served from
// /orgs/{org}/market/till/till-sw.js (TillPage) so its scope may be the choosing page and the session pages below
// it. Only GETs of this origin's pages and assets are answered; what the page sends is left to its queue (till.js).
'use strict';
var CACHE = 'yui-till';

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
            || url.pathname.indexOf('/receipts/') >= 0) {
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
