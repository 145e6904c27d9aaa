// The driver's phone: every duty step is queued with an actionId made here and sent in order by the shared offline
// queue (offline-queue.js: a 2xx is recorded, a 4xx shown and dropped, a network error or a 5xx retried). The server
// records an actionId once, so a step sent twice (an answer lost in the hills) is recorded once. The service worker
// keeps the pages for a reload without signal; signing out clears the queue and the cached pages.
(function () {
    'use strict';
    var main = document.querySelector('main.driver');
    if (!main) {
        return;
    }
    var runId = main.dataset.run || null;
    var japanNow = YuiOffline.japanNow;
    var format = YuiOffline.format;
    var queue = YuiOffline.queue({ root: main, name: 'driver', idField: 'actionId', groupField: 'runId', group: runId,
        onChange: renderRun });

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
        var journal = queue.sent(runId).concat(queue.pending().filter(function (a) { return a.runId === runId; }));
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

    /** The run's steps as the server and this phone know them (the queue's status is the queue's own). */
    function renderRun() {
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

    function enqueue(kind, body, extra) {
        body.actionId = YuiOffline.newId();
        var action = { actionId: body.actionId, runId: runId, kind: kind, url: main.dataset.api + kind, body: body };
        Object.keys(extra || {}).forEach(function (k) { action[k] = extra[k]; });
        queue.add(action);
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
        var button = e.target.closest('[data-outcome-button]');
        if (!button || button.disabled) {
            return;
        }
        var li = button.closest('[data-booking]');
        enqueue('outcomes', { bookingId: li.dataset.booking, outcome: button.dataset.outcomeButton, at: japanNow() });
        var next = li.querySelector('[data-outcome-button]:not([disabled])');
        (next || li.querySelector('form.money button') || button).focus();
    });

    YuiOffline.forgetOnSignOut('driver');
    window.YuiDriver = { flush: queue.flush, queueKey: queue.queueKey };

    queue.render();
    YuiOffline.keepPages({ root: main, name: 'driver', links: 'a.driver-run-link' }).then(queue.flush);
})();
