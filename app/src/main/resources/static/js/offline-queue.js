// The offline queue of the phone and tablet pages (driver, till, door): what the page records is queued in
// localStorage with an id made on the device and sent in order when the network is there, one at a time, so a step
// never overtakes the one before it. Each is sent until a definitive answer: a 2xx moves it to the group's journal
// (with the server's JSON answer), a 4xx is shown as a refusal and dropped (sending it again would be refused again),
// a network error or a 5xx is retried with backoff (1 s doubling to 60 s, and at once when the browser goes online).
// A 401, a redirect or a 2xx that is not JSON (the sign-in page answered) pauses the queue and keeps everything until
// the page is loaded again after signing in. The server records an id once, so a step sent twice (an answer lost on
// a weak signal) is recorded once. The queue is kept across reloads; signing out clears it and the cached pages.
//
// API (window.YuiOffline):
//
//   var q = YuiOffline.queue({
//       root: main,            // the page's element: data-user, data-pending-text ("未送信 {0}件"), data-none-text,
//                              // data-offline-text, data-signin-text, data-refused-text, data-dismiss-text; holds
//                              // [data-queue-status] (its text, class "pending", data-pending = n) and [data-refusals]
//       name: 'door',          // localStorage keys yui.<name>.queue.<user>, yui.<name>.sent.<user>.<group>,
//                              // yui.<name>.refused.<user>; the cache of pages yui-<name>
//       idField: 'id',         // the field of an item holding its device-made id (default 'id')
//       groupField: 'sessionId', // the field of an item naming its group (a run, a session); journal and refusals
//                              // are per group (default 'group')
//       group: sessionId,      // the group this page shows, or null (a list page)
//       onChange: render       // called after every change of the queue, journal or connectivity (optional)
//   });
//   q.add(item)        queues {<idField>, <groupField>, kind, url, body, ...anything the page keeps with it},
//                      POSTs body (JSON, with the CSRF token, via Yui.send) to url in turn; returns the item
//   q.flush()          sends what waits (a Promise); the page calls it after changing the queue itself
//   q.pending()        the items still waiting, every group, oldest first
//   q.sent(group)      the items of a group the server answered with a 2xx, each with .answer (its JSON)
//   q.refused()        the refusals of this page's group: {<idField>, kind, title, detail}
//   q.paused()         true once the sign-in page answered
//   q.queueKey, q.sentKey (this page's group), q.refusedKey: the localStorage keys
//   YuiOffline.newId()     a random id (UUID) for an item
//   YuiOffline.japanNow()  the device's clock as Japan's local time, "YYYY-MM-DDTHH:mm:ss"
//   YuiOffline.keepPages({ root, name, links, skip, only })
//                      registers the shared service worker (offline-sw.js, served by the page's controller through
//                      ServiceWorkerScript) from root's data-sw with scope data-scope as ?name=<name>&skip=<part>...
//                      (GETs whose path holds a skip part, e.g. '/receipts/', are never cached; with only, pages whose
//                      path holds none of its parts are not either); keeps this page, its
//                      styles and scripts and the pages of the links matching the CSS selector `links` in the cache
//                      yui-<name> for a reload without signal, then sets <html data-offline-ready="true">; a Promise
//   YuiOffline.forgetOnSignOut(name)
//                      signing out (form.logout) first removes every yui.<name>.* key and the cache yui-<name>
(function () {
    'use strict';

    function read(key) {
        try {
            return JSON.parse(localStorage.getItem(key) || '[]');
        } catch (e) {
            return [];
        }
    }

    function write(key, value) {
        localStorage.setItem(key, JSON.stringify(value));
    }

    function newId() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        var bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    }

    /** The device's time as Japan's local time (the organizations keep Japanese time; Japan has no summer time). */
    function japanNow() {
        return new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 19);
    }

    function format(text, n) {
        return (text || '').replace('{0}', String(n));
    }

    function queue(options) {
        var root = options.root;
        var t = root.dataset;
        var ID = options.idField || 'id';
        var GROUP = options.groupField || 'group';
        var group = options.group || null;
        var onChange = options.onChange || function () { return undefined; };
        var prefix = 'yui.' + options.name + '.';
        var QUEUE = prefix + 'queue.' + t.user;
        var SENT = prefix + 'sent.' + t.user + '.';
        var REFUSED = prefix + 'refused.' + t.user;
        var statusEl = root.querySelector('[data-queue-status]');
        var sending = false;
        var delay = 1000;
        var timer = null;
        var paused = false;

        function render() {
            var waiting = read(QUEUE);
            if (statusEl) {
                statusEl.textContent = (waiting.length ? format(t.pendingText, waiting.length) : t.noneText)
                    + (navigator.onLine ? '' : ' ' + t.offlineText) + (paused ? ' ' + t.signinText : '');
                statusEl.classList.toggle('pending', waiting.length > 0);
                statusEl.dataset.pending = String(waiting.length);
            }
            onChange();
        }

        function remove(id) {
            write(QUEUE, read(QUEUE).filter(function (a) { return a[ID] !== id; }));
        }

        function schedule() {
            clearTimeout(timer);
            timer = setTimeout(flush, delay);
            delay = Math.min(delay * 2, 60000);
        }

        function refused() {
            return read(REFUSED).filter(function (r) { return r[GROUP] === group; });
        }

        function renderRefusals() {
            var box = root.querySelector('[data-refusals]');
            if (!box) {
                return;
            }
            box.textContent = '';
            refused().forEach(function (r) {
                var p = document.createElement('p');
                p.className = 'notice error';
                var strong = document.createElement('strong');
                strong.textContent = (r.title || t.refusedText) + ' ';
                p.appendChild(strong);
                p.appendChild(document.createTextNode(r.detail || ''));
                var dismiss = document.createElement('button');
                dismiss.type = 'button';
                dismiss.className = 'dismiss';
                dismiss.dataset.dismiss = r[ID];
                dismiss.textContent = t.dismissText;
                p.appendChild(dismiss);
                box.appendChild(p);
            });
        }

        function refuse(action, problem) {
            var r = { kind: action.kind, title: problem && problem.title, detail: problem && problem.detail };
            r[ID] = action[ID];
            r[GROUP] = action[GROUP];
            var list = read(REFUSED);
            list.push(r);
            write(REFUSED, list.slice(-10));
            renderRefusals();
        }

        /** Sends the queue in order, one at a time. */
        function flush() {
            if (sending || paused || !navigator.onLine) {
                render();
                return Promise.resolve();
            }
            var waiting = read(QUEUE);
            if (!waiting.length) {
                render();
                return Promise.resolve();
            }
            sending = true;
            var action = waiting[0];
            return Yui.send('POST', action.url, action.body).then(function (response) {
                var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
                if (response.redirected || response.status === 401 || (response.ok && !json)) {
                    paused = true; // the sign-in page answered: keep everything until the login is back
                    return false;
                }
                if (response.ok) {
                    return response.json().then(function (answer) {
                        remove(action[ID]);
                        var key = SENT + action[GROUP];
                        var sent = read(key);
                        action.answer = answer;
                        sent.push(action);
                        write(key, sent);
                        delay = 1000;
                        return true;
                    });
                }
                if (response.status >= 400 && response.status < 500) {
                    return response.json().catch(function () { return null; }).then(function (problem) {
                        remove(action[ID]);
                        refuse(action, problem);
                        return true;
                    });
                }
                schedule();
                return false;
            }, function () {
                schedule(); // no network after all
                return false;
            }).then(function (next) {
                sending = false;
                render();
                return next ? flush() : undefined;
            }, function () {
                sending = false; // an answer that could not be read: try again later
                schedule();
                render();
            });
        }

        function add(item) {
            var waiting = read(QUEUE);
            waiting.push(item);
            write(QUEUE, waiting);
            render();
            flush();
            return item;
        }

        root.addEventListener('click', function (e) {
            var dismiss = e.target.closest('[data-refusals] [data-dismiss]');
            if (dismiss) {
                write(REFUSED, read(REFUSED).filter(function (r) { return r[ID] !== dismiss.dataset.dismiss; }));
                renderRefusals();
                root.focus();
            }
        });
        window.addEventListener('online', function () {
            delay = 1000;
            flush();
        });
        window.addEventListener('offline', render);
        window.addEventListener('storage', render);

        renderRefusals();
        return {
            add: add,
            flush: flush,
            render: render,
            pending: function () { return read(QUEUE); },
            sent: function (g) { return read(SENT + g); },
            refused: refused,
            paused: function () { return paused; },
            queueKey: QUEUE,
            sentKey: SENT + group,
            refusedKey: REFUSED
        };
    }

    /** Keeps this page, its assets and the linked pages in the cache, for a reload without signal. */
    function keepForOffline(cacheName, root, links) {
        if (!('caches' in window)) {
            return Promise.resolve();
        }
        var urls = [location.pathname + location.search];
        document.querySelectorAll('link[rel=stylesheet][href], script[src]').forEach(function (e) {
            urls.push(e.getAttribute('href') || e.getAttribute('src'));
        });
        if (links) {
            root.querySelectorAll(links).forEach(function (a) { urls.push(a.getAttribute('href')); });
        }
        return caches.open(cacheName).then(function (cache) {
            return Promise.all(urls.map(function (url) {
                return fetch(url, { credentials: 'same-origin' }).then(function (r) {
                    return r.ok && !r.redirected ? cache.put(url, r) : undefined;
                }).catch(function () { return undefined; });
            }));
        });
    }

    function keepPages(options) {
        var t = options.root.dataset;
        if (!('serviceWorker' in navigator) || !t.sw) {
            return Promise.resolve();
        }
        var url = t.sw + (t.sw.indexOf('?') >= 0 ? '&' : '?') + 'name=' + encodeURIComponent(options.name)
            + (options.skip || []).map(function (s) { return '&skip=' + encodeURIComponent(s); }).join('')
            + (options.only || []).map(function (s) { return '&only=' + encodeURIComponent(s); }).join('');
        return navigator.serviceWorker.register(url, { scope: t.scope })
            .then(function () {
                return navigator.onLine ? keepForOffline('yui-' + options.name, options.root, options.links) : undefined;
            })
            .then(function () { document.documentElement.dataset.offlineReady = 'true'; })
            .catch(function () { return undefined; });
    }

    function forgetOnSignOut(name) {
        var logout = document.querySelector('form.logout');
        if (!logout) {
            return;
        }
        logout.addEventListener('submit', function (e) {
            if (logout.dataset.cleared) {
                return;
            }
            e.preventDefault();
            Object.keys(localStorage).filter(function (k) { return k.indexOf('yui.' + name + '.') === 0; })
                .forEach(function (k) { localStorage.removeItem(k); });
            var cleared = 'caches' in window ? caches.delete('yui-' + name) : Promise.resolve();
            cleared.catch(function () { return undefined; }).then(function () {
                logout.dataset.cleared = 'true';
                logout.submit();
            });
        });
    }

    window.YuiOffline = {
        queue: queue,
        keepPages: keepPages,
        forgetOnSignOut: forgetOnSignOut,
        newId: newId,
        japanNow: japanNow,
        format: format
    };
})();
