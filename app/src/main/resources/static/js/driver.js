// The driver's phone: every duty step is queued in localStorage with an actionId made here, and sent in order when
// the network is there. A 2xx removes it, a 4xx is shown and dropped (the server refused it: sending it again would
// be refused again), a network error or a 5xx is retried with backoff. The server records an actionId once, so a
// step sent twice (an answer lost in the hills) is recorded once. The service worker keeps the pages for a reload
// without signal; signing out clears the queue and the cached pages.
(function () {
    'use strict';
    var main = document.querySelector('main.driver');
    if (!main) {
        return;
    }
    var CACHE = 'yui-driver';
    var user = main.dataset.user;
    var runId = main.dataset.run || null;
    var QUEUE = 'yui.driver.queue.' + user;
    var SENT = 'yui.driver.sent.' + user + '.';
    var REFUSED = 'yui.driver.refused.' + user;
    var statusEl = main.querySelector('[data-queue-status]');
    var sending = false;
    var delay = 1000;
    var timer = null;
    var paused = false;

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

    function newActionId() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        var bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    }

    /** The phone's time as Japan's local time (the organizations keep Japanese time; Japan has no summer time). */
    function japanNow() {
        return new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 19);
    }

    function format(text, n) {
        return (text || '').replace('{0}', String(n));
    }

    // ---- state: what the server said when the page was made, plus what the phone recorded since ----

    function stateOfRun() {
        var state = {
            checked: main.dataset.checked === 'true', started: main.dataset.started === 'true',
            ended: main.dataset.ended === 'true', riders: {}
        };
        // Abnormal events by actionId: one the server already shows is not counted again from the phone's journal.
        var abnormal = {};
        (main.dataset.abnormalIds || '').split(' ').filter(Boolean).forEach(function (id) { abnormal[id] = true; });
        main.querySelectorAll('[data-booking]').forEach(function (li) {
            state.riders[li.dataset.booking] = {
                outcome: li.dataset.outcome || null, money: !!li.dataset.fare || li.dataset.costs === 'true'
            };
        });
        var journal = read(SENT + runId).concat(read(QUEUE).filter(function (a) { return a.runId === runId; }));
        journal.forEach(function (a) {
            var rider = a.body.bookingId ? state.riders[a.body.bookingId] : null;
            switch (a.kind) {
                case 'safety-check': state.checked = state.checked || a.passed; break;
                case 'start': state.started = true; break;
                case 'end': state.ended = true; break;
                case 'abnormal-events': abnormal[a.actionId] = true; break;
                case 'outcomes': if (rider) { rider.outcome = a.body.outcome; } break;
                case 'fares': case 'costs': if (rider) { rider.money = true; } break;
            }
        });
        state.abnormal = Object.keys(abnormal).length;
        return state;
    }

    function setDone(el, done) {
        if (el) {
            el.classList.toggle('done', done);
        }
    }

    function disableForm(form, disabled) {
        if (form) {
            form.querySelectorAll('input, select, textarea, button').forEach(function (c) { c.disabled = disabled; });
        }
    }

    function render() {
        var queue = read(QUEUE);
        if (statusEl) {
            var offline = !navigator.onLine;
            statusEl.textContent = (queue.length ? format(main.dataset.pendingText, queue.length)
                : main.dataset.noneText) + (offline ? ' ' + main.dataset.offlineText : '')
                + (paused ? ' ' + main.dataset.signinText : '');
            statusEl.classList.toggle('pending', queue.length > 0);
            statusEl.dataset.pending = String(queue.length);
        }
        if (!runId) {
            return;
        }
        var s = stateOfRun();
        setDone(main.querySelector('[data-state-check]'), s.checked);
        setDone(main.querySelector('[data-state-start]'), s.started);
        setDone(main.querySelector('[data-state-end]'), s.ended);
        var abnormal = main.querySelector('[data-state-abnormal]');
        abnormal.textContent = format(abnormal.dataset.text, s.abnormal);
        abnormal.hidden = s.abnormal === 0;
        disableForm(main.querySelector('[data-form="safety-check"]'), s.checked);
        disableForm(main.querySelector('[data-form="start"]'), s.started || !s.checked);
        disableForm(main.querySelector('[data-form="end"]'), s.ended || !s.started);
        var riding = s.started && !s.ended;
        main.querySelectorAll('[data-booking]').forEach(function (li) {
            var r = s.riders[li.dataset.booking];
            li.dataset.state = r.outcome || '';
            var label = li.querySelector('[data-outcome-label]');
            var button = r.outcome && li.querySelector('[data-outcome-button="' + r.outcome + '"]');
            label.textContent = button ? button.textContent : label.dataset.none;
            li.querySelectorAll('[data-outcome-button]').forEach(function (b) {
                var next = b.dataset.outcomeButton;
                b.disabled = !riding || (next === 'DROPPED_OFF' ? r.outcome !== 'BOARDED' : r.outcome !== null);
            });
            var money = li.querySelector('form.money');
            if (money) {
                money.classList.toggle('done', r.money);
                disableForm(money, r.money || !riding || r.outcome === 'NO_SHOW');
            }
        });
    }

    // ---- the queue ----

    function enqueue(kind, body, extra) {
        body.actionId = newActionId();
        var action = { actionId: body.actionId, runId: runId, kind: kind, url: main.dataset.api + kind, body: body };
        Object.keys(extra || {}).forEach(function (k) { action[k] = extra[k]; });
        var queue = read(QUEUE);
        queue.push(action);
        write(QUEUE, queue);
        render();
        flush();
    }

    function removeFromQueue(actionId) {
        write(QUEUE, read(QUEUE).filter(function (a) { return a.actionId !== actionId; }));
    }

    function schedule() {
        clearTimeout(timer);
        timer = setTimeout(flush, delay);
        delay = Math.min(delay * 2, 60000);
    }

    function showRefusal(action, problem) {
        var list = read(REFUSED);
        list.push({ actionId: action.actionId, runId: action.runId, kind: action.kind,
            title: problem && problem.title, detail: problem && problem.detail });
        write(REFUSED, list.slice(-10));
        renderRefusals();
    }

    function renderRefusals() {
        var box = main.querySelector('[data-refusals]');
        if (!box) {
            return;
        }
        box.textContent = '';
        read(REFUSED).filter(function (r) { return r.runId === runId; }).forEach(function (r) {
            var p = document.createElement('p');
            p.className = 'notice error';
            var strong = document.createElement('strong');
            strong.textContent = (r.title || main.dataset.refusedText) + ' ';
            p.appendChild(strong);
            p.appendChild(document.createTextNode(r.detail || ''));
            var dismiss = document.createElement('button');
            dismiss.type = 'button';
            dismiss.className = 'dismiss';
            dismiss.dataset.dismiss = r.actionId;
            dismiss.textContent = main.dataset.dismissText;
            p.appendChild(dismiss);
            box.appendChild(p);
        });
    }

    /** Sends the queue in order; one at a time, so a step never overtakes the one before it. */
    function flush() {
        if (sending || paused || !navigator.onLine) {
            render();
            return Promise.resolve();
        }
        var queue = read(QUEUE);
        if (!queue.length) {
            render();
            return Promise.resolve();
        }
        sending = true;
        var action = queue[0];
        return Yui.send('POST', action.url, action.body).then(function (response) {
            if (response.ok) {
                removeFromQueue(action.actionId);
                var sent = read(SENT + action.runId);
                sent.push(action);
                write(SENT + action.runId, sent);
                delay = 1000;
                return true;
            }
            if (response.status === 401) {
                paused = true; // the session ended: keep everything until the driver signs in again
                return false;
            }
            if (response.status >= 400 && response.status < 500) {
                return response.json().catch(function () { return null; }).then(function (problem) {
                    removeFromQueue(action.actionId);
                    showRefusal(action, problem);
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
        });
    }

    // ---- the forms and buttons ----

    function number(form, name) {
        return Number(form.elements[name].value);
    }

    main.addEventListener('submit', function (e) {
        var form = e.target.closest('[data-form]');
        if (!form) {
            return;
        }
        e.preventDefault();
        if (!form.reportValidity()) {
            return;
        }
        var kind = form.dataset.form;
        var li = form.closest('[data-booking]');
        var at = japanNow();
        if (kind === 'safety-check') {
            var body = {
                driverId: main.dataset.driver, alcoholDetectorUsed: form.elements.alcoholDetectorUsed.checked,
                alcoholDetected: form.elements.alcoholDetected.checked, ill: form.elements.ill.checked,
                fatigued: form.elements.fatigued.checked, instructions: form.elements.instructions.value || null,
                checkedBy: form.elements.checkedBy.value, checkedAt: at
            };
            enqueue(kind, body, { passed: body.alcoholDetectorUsed && !body.alcoholDetected && !body.ill && !body.fatigued });
        } else if (kind === 'start') {
            enqueue(kind, { driverId: main.dataset.driver, place: form.elements.place.value, at: at,
                odometerKm: number(form, 'odometerKm') });
        } else if (kind === 'end') {
            enqueue(kind, { place: form.elements.place.value, at: at, odometerKm: number(form, 'odometerKm'), waypoints: [] });
        } else if (kind === 'abnormal-events') {
            enqueue(kind, { at: at, summary: form.elements.summary.value });
            form.reset();
        } else if (kind === 'fares') {
            enqueue(kind, { bookingId: li.dataset.booking, yen: number(form, 'yen'), method: form.elements.method.value, at: at });
        } else if (kind === 'costs') {
            enqueue(kind, { bookingId: li.dataset.booking, fuelYen: number(form, 'fuelYen'), tollYen: number(form, 'tollYen'),
                parkingYen: number(form, 'parkingYen'), thanksYen: number(form, 'thanksYen'), at: at });
        }
    });

    main.addEventListener('click', function (e) {
        var dismiss = e.target.closest('[data-dismiss]');
        if (dismiss) {
            write(REFUSED, read(REFUSED).filter(function (r) { return r.actionId !== dismiss.dataset.dismiss; }));
            renderRefusals();
            main.focus();
            return;
        }
        var button = e.target.closest('[data-outcome-button]');
        if (!button || button.disabled) {
            return;
        }
        var li = button.closest('[data-booking]');
        enqueue('outcomes', { bookingId: li.dataset.booking, outcome: button.dataset.outcomeButton, at: japanNow() });
        var next = li.querySelector('[data-outcome-button]:not([disabled])');
        (next || li.querySelector('form.money button') || button).focus();
    });

    // ---- offline pages ----

    /** Keeps this page, its assets and (on the list) today's run pages in the cache, for a reload without signal. */
    function keepForOffline() {
        if (!('caches' in window)) {
            return Promise.resolve();
        }
        var urls = [location.pathname + location.search];
        document.querySelectorAll('link[rel=stylesheet][href], script[src]').forEach(function (el) {
            urls.push(el.getAttribute('href') || el.getAttribute('src'));
        });
        main.querySelectorAll('a.driver-run-link').forEach(function (a) { urls.push(a.getAttribute('href')); });
        return caches.open(CACHE).then(function (cache) {
            return Promise.all(urls.map(function (url) {
                return fetch(url, { credentials: 'same-origin' }).then(function (r) {
                    return r.ok && !r.redirected ? cache.put(url, r) : undefined;
                }).catch(function () { return undefined; });
            }));
        });
    }

    function registerWorker() {
        if (!('serviceWorker' in navigator)) {
            return Promise.resolve();
        }
        return navigator.serviceWorker.register(main.dataset.sw, { scope: main.dataset.scope })
            .then(function () { return navigator.onLine ? keepForOffline() : undefined; })
            .then(function () { document.documentElement.dataset.offlineReady = 'true'; })
            .catch(function () { return undefined; });
    }

    /** Sign-out forgets this phone's driver data: the queue, what was sent, refusals, and the cached pages. */
    var logout = document.querySelector('form.logout');
    if (logout) {
        logout.addEventListener('submit', function (e) {
            if (logout.dataset.cleared) {
                return;
            }
            e.preventDefault();
            Object.keys(localStorage).filter(function (k) { return k.indexOf('yui.driver.') === 0; })
                .forEach(function (k) { localStorage.removeItem(k); });
            var cleared = 'caches' in window ? caches.delete(CACHE) : Promise.resolve();
            cleared.catch(function () { return undefined; }).then(function () {
                logout.dataset.cleared = 'true';
                logout.submit();
            });
        });
    }

    window.addEventListener('online', function () {
        delay = 1000;
        flush();
    });
    window.addEventListener('offline', render);
    window.addEventListener('storage', render);
    window.YuiDriver = { flush: flush, queueKey: QUEUE };

    renderRefusals();
    render();
    registerWorker().then(flush);
})();
