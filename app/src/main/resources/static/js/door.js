// The door tablet (受付): the session's registrants are loaded once and kept on the tablet, so the kana search works
// without signal; each check-in, walk-in and undo is made here with an id of its own and goes through the shared
// offline queue (offline-queue.js), sent once the network carries it; the server records an id once. The counts are
// the server's session (refreshed every few seconds while online) with what this tablet sent or still keeps applied
// on top, each by its id, so a check-in shows at once and is never counted twice. The chooser and the session pages
// are kept by the shared service worker for a reload without signal.
(function () {
    'use strict';
    var main = document.querySelector('main.door');
    if (!main || !window.YuiOffline) {
        return;
    }
    var t = main.dataset;
    var NAME = 'door';
    var sessionId = t.session || null;
    var REFRESH_MS = 5000;

    YuiOffline.forgetOnSignOut(NAME);
    var q = YuiOffline.queue({ root: main, name: NAME, idField: 'id', groupField: 'sessionId', group: sessionId,
        onChange: function () { render(); } });
    YuiOffline.keepPages({ root: main, name: NAME, links: 'a.door-session-link, .door-back a', only: ['/door'] }).then(q.flush);
    if (!sessionId) {
        q.render();
        return;
    }

    var api = t.api;
    var REGISTRANTS = 'yui.door.registrants.' + t.user + '.' + sessionId;
    var SESSION = 'yui.door.session.' + t.user + '.' + sessionId;
    var bands = {};
    var bandTemplate = main.querySelector('template[data-bands]');
    if (bandTemplate) {
        bandTemplate.content.querySelectorAll('[data-band]').forEach(function (b) {
            bands[b.dataset.band] = b.textContent;
        });
    }

    function stored(key, fallback) {
        try {
            var v = JSON.parse(localStorage.getItem(key));
            return v === null || v === undefined ? fallback : v;
        } catch (e) {
            return fallback;
        }
    }

    function keep(key, value) {
        localStorage.setItem(key, JSON.stringify(value));
    }

    function el(tag, attrs, text) {
        var e = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) {
            e.setAttribute(k, attrs[k]);
        });
        if (text !== undefined && text !== null) {
            e.textContent = text;
        }
        return e;
    }

    var format = YuiOffline.format;

    // ---- what the tablet knows: the registrants (names), the server's session (facts, counts) ----

    /** [{registrationId, kind, name, kana, companions, status, offerExpiresAt, checkInId}] as last loaded. */
    var registrants = stored(REGISTRANTS, null);
    /** The server's session at the door: {session: {registrations, checkIns, closed}, counts}. */
    var server = stored(SESSION, null);
    var loadingRegistrants = false;

    function loadRegistrants() {
        if (loadingRegistrants || !navigator.onLine || q.paused()) {
            return Promise.resolve();
        }
        loadingRegistrants = true;
        return Yui.send('GET', api + 'registrants').then(function (response) {
            if (!response.ok || response.redirected) {
                return undefined;
            }
            return response.json().then(function (list) {
                registrants = list;
                keep(REGISTRANTS, list);
            });
        }).catch(function () { return undefined; }).then(function () {
            loadingRegistrants = false;
            render();
        });
    }

    function refresh() {
        if (!navigator.onLine || q.paused()) {
            return Promise.resolve();
        }
        return Yui.send('GET', api.replace(/\/$/, '')).then(function (response) {
            if (!response.ok || response.redirected) {
                return undefined;
            }
            return response.json().then(function (answer) {
                server = answer;
                keep(SESSION, answer);
                var known = {};
                (registrants || []).forEach(function (r) { known[r.registrationId] = true; });
                var unknown = Object.keys(answer.session.registrations || {}).some(function (id) { return !known[id]; });
                render();
                return unknown || registrants === null ? loadRegistrants() : undefined;
            });
        }).catch(function () { return undefined; });
    }

    function closed() {
        return t.closed === 'true' || !!(server && server.session.closed);
    }

    /** The registration's status now: the server's session when it knows it, else as loaded. */
    function statusOf(r) {
        var fact = server && server.session.registrations[r.registrationId];
        if (!fact) {
            return r.status;
        }
        return fact.status === 'WAITLISTED' && fact.offerExpiresAt ? 'OFFERED' : fact.status;
    }

    function companionsOf(r) {
        var fact = server && server.session.registrations[r.registrationId];
        return fact ? fact.companions : r.companions;
    }

    /**
     * Every check-in of the session by its id: the server's, then what this tablet sent since (the server's view may
     * be a moment behind) and what still waits, each applied once by its id; an undo marks its check-in undone.
     */
    function checkIns() {
        var all = {};
        var serverFacts = server ? server.session.checkIns || {} : {};
        Object.keys(serverFacts).forEach(function (id) {
            var c = serverFacts[id];
            all[id] = { id: id, registrationId: c.registrationId, walkIn: c.walkIn, companions: c.companions,
                ageBand: c.ageBand, district: c.district, undone: c.undone, waiting: false };
        });
        var waiting = {};
        var pending = q.pending().filter(function (a) { return a.sessionId === sessionId; });
        pending.forEach(function (a) { waiting[a.id] = true; });
        q.sent(sessionId).concat(pending).forEach(function (a) {
            if (a.kind === 'check-ins' || a.kind === 'walk-ins') {
                if (!all[a.id]) {
                    all[a.id] = { id: a.id, registrationId: a.body.registrationId || null, walkIn: a.kind === 'walk-ins',
                        companions: a.kind === 'walk-ins' ? 0 : a.local.companions, ageBand: a.body.ageBand,
                        district: a.body.district, undone: false, waiting: !!waiting[a.id] };
                }
                if (all[a.id].walkIn) {
                    all[a.id].local = a.local;
                }
            } else if (a.kind === 'undo' && all[a.local.checkInId]) {
                all[a.local.checkInId].undone = true;
                all[a.local.checkInId].waiting = all[a.local.checkInId].waiting || !!waiting[a.id];
            }
        });
        return all;
    }

    /** The check-in of each registration that is not undone. */
    function activeByRegistration(all) {
        var by = {};
        Object.keys(all).forEach(function (id) {
            var c = all[id];
            if (!c.undone && !c.walkIn && c.registrationId) {
                by[c.registrationId] = c;
            }
        });
        return by;
    }

    function counts(all) {
        if (!server) {
            return null;
        }
        var attended = 0;
        var walkIns = 0;
        Object.keys(all).forEach(function (id) {
            var c = all[id];
            if (c.undone) {
                return;
            }
            if (c.walkIn) {
                walkIns += 1;
            } else {
                attended += 1 + (c.companions || 0);
            }
        });
        var active = activeByRegistration(all);
        var notArrived = 0;
        var registrations = server.session.registrations || {};
        Object.keys(registrations).forEach(function (id) {
            var r = registrations[id];
            if (r.status === 'REGISTERED' && !active[id]) {
                notArrived += 1 + r.companions;
            }
        });
        return { registered: server.counts.registered, attended: attended, walkIns: walkIns,
            attendances: attended + walkIns, notArrived: notArrived };
    }

    // ---- the search: the start of the kana reading (as the resident directory's Kana.searchKey), or a name ----

    /** Hiragana for katakana of either width, no spaces or middle dots, lower case: as Kana.searchKey. */
    function searchKey(text) {
        var wide = String(text || '').normalize('NFKC');
        var key = '';
        for (var i = 0; i < wide.length; i++) {
            var c = wide.charCodeAt(i);
            var ch = wide.charAt(i);
            if (/\s/.test(ch) || ch === '・' || ch === '･') {
                continue;
            }
            key += c >= 0x30A1 && c <= 0x30F6 ? String.fromCharCode(c - 0x60) : ch.toLowerCase();
        }
        return key;
    }

    /** The keys a registrant is found by: the whole reading and name, and each of their parts (family, given). */
    function keysOf(r) {
        var keys = [];
        [r.kana, r.name].forEach(function (text) {
            if (!text) {
                return;
            }
            keys.push(searchKey(text));
            String(text).normalize('NFKC').split(/[\s・･]+/).forEach(function (part) {
                if (part) {
                    keys.push(searchKey(part));
                }
            });
        });
        return keys;
    }

    function matches(r, key) {
        return !key || keysOf(r).some(function (k) { return k.indexOf(key) === 0; });
    }

    // ---- rendering ----

    var searchInput = main.querySelector('#door-search');

    function nameOf(r) {
        return r.name || (r.kind === 'GUEST' ? t.guestText : '') + t.erasedText;
    }

    function renderCounts(all) {
        var c = counts(all);
        main.querySelectorAll('[data-count]').forEach(function (dd) {
            var v = c ? c[dd.dataset.count] : null;
            dd.textContent = v === null || v === undefined ? '–' : v.toLocaleString('ja-JP');
            dd.dataset.value = v === null || v === undefined ? '' : String(v);
        });
    }

    /**
     * Puts the rows in the list only when they differ from what is shown, so a row being touched is not replaced by
     * an equal one (the counts are refreshed every few seconds).
     */
    function replaceRows(box, rows) {
        var html = rows.map(function (r) { return r.outerHTML; }).join('');
        if (box.dataset.shown === html) {
            return;
        }
        box.textContent = '';
        rows.forEach(function (r) { box.appendChild(r); });
        box.dataset.shown = html;
    }

    function renderRegistrants(all) {
        var box = main.querySelector('[data-registrants]');
        var note = main.querySelector('[data-registrants-status]');
        var rows = [];
        if (registrants === null) {
            note.textContent = t.notLoadedText;
            replaceRows(box, rows);
            return;
        }
        var key = searchKey(searchInput.value);
        var active = activeByRegistration(all);
        var isClosed = closed();
        var shown = registrants.filter(function (r) { return matches(r, key); }).sort(function (a, b) {
            return searchKey(a.kana || a.name).localeCompare(searchKey(b.kana || b.name), 'ja');
        });
        note.textContent = shown.length ? '' : t.noMatchText;
        shown.forEach(function (r) {
            var status = statusOf(r);
            var checkIn = active[r.registrationId];
            var companions = companionsOf(r);
            var li = el('li', { 'class': 'door-person' + (checkIn ? ' in' : '') + (checkIn && checkIn.waiting ? ' waiting' : '')
                + (status !== 'REGISTERED' ? ' inactive' : ''), 'data-registration': r.registrationId,
                'data-status': status });
            var who = el('div', { 'class': 'who' });
            var name = el('span', { 'class': 'name' }, nameOf(r));
            who.appendChild(name);
            if (r.kana) {
                who.appendChild(el('span', { 'class': 'kana', lang: 'ja' }, r.kana));
            }
            var detail = el('div', { 'class': 'detail' });
            detail.appendChild(el('span', { 'data-party': String(1 + companions) }, format(t.partyText, 1 + companions)
                + (companions ? '（' + format(t.companionsText, companions) + '）' : '')));
            if (r.kind === 'GUEST') {
                detail.appendChild(document.createTextNode(' · ' + t.guestText));
            }
            if (status !== 'REGISTERED') {
                detail.appendChild(document.createTextNode(' · ' + (t['status' + status.charAt(0)
                    + status.slice(1).toLowerCase()] || status)));
            }
            who.appendChild(detail);
            li.appendChild(who);
            var actions = el('div', { 'class': 'actions' });
            if (checkIn) {
                actions.appendChild(el('span', { 'class': 'state', 'data-checked-in': checkIn.id },
                    checkIn.waiting ? t.checkedInText + '（' + t.waitingText + '）' : t.checkedInText));
                if (!isClosed) {
                    actions.appendChild(el('button', { type: 'button', 'class': 'danger', 'data-undo': checkIn.id,
                        'aria-label': t.undoText + ' ' + nameOf(r) }, t.undoText));
                }
            } else if (status === 'REGISTERED' && !isClosed) {
                actions.appendChild(el('button', { type: 'button', 'class': 'primary check-in',
                    'data-check-in': r.registrationId, 'aria-label': t.checkInText + ' ' + nameOf(r) }, t.checkInText));
            }
            li.appendChild(actions);
            rows.push(li);
        });
        replaceRows(box, rows);
    }

    function renderWalkIns(all) {
        var box = main.querySelector('[data-walk-ins]');
        var list = Object.keys(all).map(function (id) { return all[id]; })
            .filter(function (c) { return c.walkIn && !c.undone; });
        main.querySelector('[data-walk-ins-empty]').hidden = list.length > 0;
        var rows = [];
        var isClosed = closed();
        list.forEach(function (c, i) {
            var label = (c.local && c.local.companionOf ? t.walkInCompanionText : t.walkInText) + ' ' + (i + 1);
            var li = el('li', { 'class': 'door-person in' + (c.waiting ? ' waiting' : ''), 'data-walk-in': c.id });
            var who = el('div', { 'class': 'who' });
            who.appendChild(el('span', { 'class': 'name' }, (c.local && c.local.name) || label));
            who.appendChild(el('div', { 'class': 'detail' }, [bands[c.ageBand] || c.ageBand, c.district]
                .filter(Boolean).join(' · ') + (c.waiting ? ' · ' + t.waitingText : '')));
            li.appendChild(who);
            var actions = el('div', { 'class': 'actions' });
            if (!isClosed) {
                actions.appendChild(el('button', { type: 'button', 'class': 'danger', 'data-undo': c.id,
                    'aria-label': t.undoText + ' ' + ((c.local && c.local.name) || label) }, t.undoText));
            }
            li.appendChild(actions);
            rows.push(li);
        });
        replaceRows(box, rows);
    }

    var rendering = false;

    function render() {
        if (rendering || !sessionId) {
            return;
        }
        rendering = true;
        try {
            var all = checkIns();
            renderCounts(all);
            renderRegistrants(all);
            renderWalkIns(all);
            var walkIn = main.querySelector('.door-walk-in');
            if (walkIn && closed()) {
                walkIn.hidden = true;
            }
            main.querySelector('[data-closed-badge]').hidden = !closed();
        } finally {
            rendering = false;
        }
    }

    // ---- what the door records ----

    function say(text) {
        main.querySelector('[data-last-action]').textContent = text;
    }

    function checkIn(registrationId) {
        var r = (registrants || []).filter(function (x) { return x.registrationId === registrationId; })[0];
        if (!r) {
            return;
        }
        var id = YuiOffline.newId();
        var companions = companionsOf(r);
        q.add({ id: id, sessionId: sessionId, kind: 'check-ins', url: api + 'check-ins',
            body: { checkInId: id, registrationId: registrationId, at: YuiOffline.japanNow() },
            local: { companions: companions } });
        say(format(t.checkedInDoneText, nameOf(r) + '（' + format(t.partyText, 1 + companions) + '）'));
        searchInput.value = '';
        render();
        searchInput.focus();
    }

    var undoing = null;

    function labelOfCheckIn(checkInId) {
        var all = checkIns();
        var c = all[checkInId];
        if (!c) {
            return '';
        }
        if (c.walkIn) {
            var li = main.querySelector('[data-walk-in="' + checkInId + '"] .name');
            return li ? li.textContent : t.walkInText;
        }
        var r = (registrants || []).filter(function (x) { return x.registrationId === c.registrationId; })[0];
        return r ? nameOf(r) : '';
    }

    function openUndo(checkInId) {
        undoing = checkInId;
        var section = main.querySelector('[data-undo-section]');
        section.querySelector('[data-undo-of]').textContent = labelOfCheckIn(checkInId);
        section.querySelector('form').elements.reason.value = '';
        section.hidden = false;
        section.querySelector('h2').scrollIntoView();
        section.querySelector('#undo-reason').focus();
    }

    function undo(form) {
        if (!undoing) {
            return;
        }
        var id = YuiOffline.newId();
        var label = labelOfCheckIn(undoing);
        q.add({ id: id, sessionId: sessionId, kind: 'undo', url: api + 'check-ins/' + encodeURIComponent(undoing) + '/undo',
            body: { reason: form.elements.reason.value.trim(), undoId: id, at: YuiOffline.japanNow() },
            local: { checkInId: undoing } });
        undoing = null;
        main.querySelector('[data-undo-section]').hidden = true;
        say(format(t.undoneText, label));
        render();
        searchInput.focus();
    }

    function walkIn(form) {
        var e = form.elements;
        var name = e.name.value.trim();
        var kana = e.kana.value.trim();
        var companions = Math.max(0, Math.min(20, parseInt(e.companions.value || '0', 10) || 0));
        var first = YuiOffline.newId();
        var at = YuiOffline.japanNow();
        var district = e.district.value.trim();
        q.add({ id: first, sessionId: sessionId, kind: 'walk-ins', url: api + 'walk-ins',
            body: { checkInId: first, ageBand: e.ageBand.value, district: district,
                name: name || kana ? { name: name || kana, kana: kana || null } : null, at: at },
            local: { name: name || kana || null } });
        // Companions are walk-ins of their own: the district of the party, the age band not asked.
        for (var i = 0; i < companions; i++) {
            var id = YuiOffline.newId();
            q.add({ id: id, sessionId: sessionId, kind: 'walk-ins', url: api + 'walk-ins',
                body: { checkInId: id, ageBand: 'UNKNOWN', district: district, at: at },
                local: { companionOf: first } });
        }
        form.reset();
        main.querySelector('[data-walk-in-done]').textContent = format(t.walkInDoneText, 1 + companions);
        render();
        e.ageBand.focus();
    }

    main.addEventListener('click', function (e) {
        var b = e.target.closest('button');
        if (!b) {
            return;
        }
        if (b.dataset.checkIn) {
            checkIn(b.dataset.checkIn);
        } else if (b.dataset.undo) {
            openUndo(b.dataset.undo);
        } else if (b.hasAttribute('data-undo-cancel')) {
            undoing = null;
            main.querySelector('[data-undo-section]').hidden = true;
            searchInput.focus();
        }
    });

    main.addEventListener('input', function (e) {
        if (e.target === searchInput) {
            say('');
            render();
        }
    });

    main.addEventListener('submit', function (e) {
        var form = e.target.closest('[data-form]');
        if (!form) {
            return;
        }
        e.preventDefault();
        if (form.dataset.form === 'search') {
            var first = main.querySelector('[data-registrants] button.check-in');
            if (first && main.querySelectorAll('[data-registrants] li').length === 1) {
                first.focus();
            }
            return;
        }
        if (!form.reportValidity()) {
            return;
        }
        if (form.dataset.form === 'undo') {
            undo(form);
        } else if (form.dataset.form === 'walk-in') {
            walkIn(form);
        }
    });

    window.addEventListener('online', function () {
        refresh();
    });
    setInterval(function () {
        if (!document.hidden) {
            refresh();
        }
    }, REFRESH_MS);
    window.YuiDoor = { queue: q, refresh: refresh, searchKey: searchKey };

    render();
    q.render();
    refresh().then(function () { return registrants === null ? loadRegistrants() : undefined; });
})();
