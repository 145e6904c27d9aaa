// The till tablet: each sale, void and refund is made here with an id of its own and sent in order by the shared
// offline queue (offline-queue.js): a 2xx keeps the server's answer (the receipt number) in the session's journal, a
// 4xx is shown and dropped, a network error or a 5xx is retried. The server records an id once, so a sale sent twice
// (an answer lost on a weak signal) is recorded once. The cart's per-rate totals follow RateTotal.of; the server's
// receipt is the one that counts once sent. The service worker keeps the page for a reload without signal; opening
// and closing the till are form posts that need the network.
(function () {
    'use strict';
    var main = document.querySelector('main.till');
    if (!main) {
        return;
    }
    var sessionId = main.dataset.session || null;
    var t = main.dataset;
    var newId = YuiOffline.newId;
    var japanNow = YuiOffline.japanNow;
    var format = YuiOffline.format;
    var queue = YuiOffline.queue({ root: main, name: 'till', groupField: 'sessionId', group: sessionId,
        onChange: function () {
            if (sessionId) {
                renderDay();
            }
        } });

    function yen(n) {
        return (n < 0 ? '−' : '') + '¥' + Math.abs(n).toLocaleString('ja-JP');
    }

    function el(tag, attrs, text) {
        var e = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) {
            if (k.indexOf('data-') === 0 || k.indexOf('aria-') === 0 || k === 'for' || k === 'type' || k === 'name'
                    || k === 'min' || k === 'max' || k === 'value' || k === 'inputmode' || k === 'id' || k === 'class') {
                e.setAttribute(k, attrs[k]);
            } else {
                e[k] = attrs[k];
            }
        });
        if (text !== undefined && text !== null) {
            e.textContent = text;
        }
        return e;
    }

    // ---- tax: the same rule as RateTotal.of — per rate, floor(total × rate / (100 + rate)) ----

    function rateTotals(lines) {
        var byRate = {};
        lines.forEach(function (l) {
            byRate[l.taxRate] = (byRate[l.taxRate] || 0) + l.quantity * l.unitPriceYen;
        });
        return Object.keys(byRate).map(Number).sort(function (a, b) { return a - b; }).map(function (rate) {
            return { taxRate: rate, totalYen: byRate[rate], taxYen: Math.floor(byRate[rate] * rate / (100 + rate)) };
        });
    }

    function amountOf(lines) {
        return lines.reduce(function (sum, l) { return sum + l.quantity * l.unitPriceYen; }, 0);
    }

    function enqueue(kind, id, body, local) {
        queue.add({ id: id, kind: kind, sessionId: sessionId, url: t.actions + kind, body: body, local: local });
    }

    // ---- the day: the server's receipts, then what this tablet sent since, then what waits to be sent ----

    var data = sessionId ? JSON.parse(t.data || '{}') : {};
    var products = {};
    var byCode = {};
    (data.products || []).forEach(function (p) {
        products[p.productId] = p;
        byCode[p.code] = p;
    });

    /** Every receipt of the day as {kind, id, saleId, receiptNumber, lines, total, tender, reason, waiting}. */
    function day() {
        var list = [];
        var seen = {};
        (data.receipts || []).forEach(function (r) {
            seen[r.id] = true;
            list.push({ kind: r.kind, id: r.id, saleId: r.saleId, receiptNumber: r.receiptNumber, lines: r.lines,
                payments: r.payments || [], total: r.totalYen,
                tender: r.tender || (r.payments && r.payments[0] && r.payments[0].tender), reason: r.reason, at: r.at });
        });
        function local(a, waiting) {
            if (seen[a.id] || a.sessionId !== sessionId) {
                return;
            }
            seen[a.id] = true;
            var answer = a.answer || {};
            var kind = a.kind === 'sales' ? 'SALE' : a.kind === 'voids' ? 'VOID' : 'REFUND';
            list.push({ kind: kind, id: a.id, saleId: kind === 'REFUND' ? a.local.saleId : a.body.saleId || a.id,
                receiptNumber: kind === 'SALE' ? answer.receiptNumber || null : a.local.receiptNumber || null,
                lines: answer.lines || a.local.lines, payments: a.body.payments || [],
                total: answer.totalYen !== undefined ? answer.totalYen : a.local.total,
                tender: a.body.tender || (a.body.payments && a.body.payments[0].tender), reason: a.body.reason,
                at: a.body.at, waiting: waiting });
        }
        queue.sent(sessionId).forEach(function (a) { local(a, false); });
        queue.pending().forEach(function (a) { local(a, true); });
        return list;
    }

    /** Voided line ids per sale id. */
    function voided(list) {
        var v = {};
        list.filter(function (r) { return r.kind === 'VOID'; }).forEach(function (r) {
            v[r.saleId] = v[r.saleId] || {};
            r.lines.forEach(function (l) { v[r.saleId][l.lineId] = true; });
        });
        return v;
    }

    function expected(list) {
        var e = { CASH: data.floatYen || 0, CASHLESS: 0 };
        list.forEach(function (r) {
            if (r.kind === 'SALE') {
                r.payments.forEach(function (p) { e[p.tender] += p.amountYen; });
            } else {
                e[r.tender] -= r.total;
            }
        });
        return e;
    }

    function receiptLabel(r) {
        return r.receiptNumber || t.waitingText;
    }

    function renderDay() {
        var list = day();
        var box = main.querySelector('[data-receipts]');
        var empty = main.querySelector('[data-receipts-empty]');
        var v = voided(list);
        box.textContent = '';
        empty.hidden = list.length > 0;
        var closed = t.closed === 'true';
        list.forEach(function (r) {
            var li = el('li', { 'class': 'till-receipt kind-' + r.kind.toLowerCase() + (r.waiting ? ' waiting' : ''),
                'data-receipt': r.id, 'data-kind': r.kind });
            var head = el('p', { 'class': 'head' });
            head.appendChild(el('span', { 'class': 'time' }, (r.at || '').slice(11, 16)));
            head.appendChild(el('strong', {}, r.kind === 'SALE' ? t.kindSale : r.kind === 'VOID' ? t.kindVoid : t.kindRefund));
            head.appendChild(el('span', { 'class': 'number', 'data-receipt-number': r.receiptNumber || '' },
                receiptLabel(r)));
            head.appendChild(el('span', { 'class': 'amount', 'data-amount': r.total },
                yen(r.kind === 'SALE' ? r.total : -r.total)));
            head.appendChild(el('span', { 'class': 'tender' }, r.tender === 'CASHLESS' ? t.tenderCashless : t.tenderCash));
            li.appendChild(head);
            var lines = el('ul', { 'class': 'lines' });
            r.lines.forEach(function (l) {
                var gone = r.kind === 'SALE' && v[r.saleId] && v[r.saleId][l.lineId];
                lines.appendChild(el('li', { 'class': gone ? 'voided' : '', 'data-line': l.lineId },
                    l.description + ' ×' + l.quantity + ' ' + yen(l.quantity * l.unitPriceYen) + ' (' + l.taxRate + '%)'));
            });
            li.appendChild(lines);
            if (r.reason) {
                li.appendChild(el('p', { 'class': 'reason' }, r.reason));
            }
            var open = r.lines.filter(function (l) { return !(v[r.saleId] && v[r.saleId][l.lineId]); });
            if (r.kind === 'SALE' && !closed && open.length) {
                li.appendChild(el('button', { type: 'button', 'class': 'danger', 'data-void-sale': r.id,
                    'aria-label': t.voidText + ' ' + receiptLabel(r) }, t.voidText));
            }
            box.appendChild(li);
        });
        var e = expected(list);
        var cash = main.querySelector('[data-expected-cash]');
        if (cash) {
            cash.textContent = yen(e.CASH);
            cash.dataset.yen = String(e.CASH);
            main.querySelector('[data-expected-cashless]').textContent = yen(e.CASHLESS);
            main.querySelector('[data-expected-cashless]').dataset.yen = String(e.CASHLESS);
        }
    }

    // ---- the cart ----

    var cart = [];

    function cartLines() {
        return cart.map(function (c, i) {
            var p = products[c.productId];
            return { lineId: String(i + 1), productId: c.productId, description: p.name, quantity: c.quantity,
                unitPriceYen: p.priceYen, eatIn: c.eatIn, taxRate: c.eatIn || p.taxCategory === 'OTHER' ? 10 : 8 };
        });
    }

    function add(productId) {
        var found = cart.filter(function (c) { return c.productId === productId && !c.eatIn; })[0];
        if (found) {
            found.quantity += 1;
        } else {
            cart.push({ productId: productId, quantity: 1, eatIn: false });
        }
        main.querySelector('[data-last-sale]').textContent = '';
        renderCart();
    }

    function renderCart() {
        var body = main.querySelector('[data-cart-lines]');
        if (!body) {
            return;
        }
        var lines = cartLines();
        body.textContent = '';
        main.querySelector('[data-cart]').hidden = !lines.length;
        main.querySelector('[data-cart-empty]').hidden = lines.length > 0;
        lines.forEach(function (l, i) {
            var p = products[l.productId];
            var tr = el('tr', { 'data-line': String(i) });
            var name = el('th', { scope: 'row' });
            name.setAttribute('scope', 'row');
            name.textContent = l.description + ' ';
            name.appendChild(el('span', { 'class': 'muted' }, yen(l.unitPriceYen) + ' · ' + l.taxRate + '%'));
            tr.appendChild(name);
            var qty = el('td', { 'class': 'qty' });
            qty.appendChild(el('button', { type: 'button', 'data-dec': String(i), 'aria-label': t.lessText + ' ' + l.description }, '−'));
            qty.appendChild(el('span', { 'data-quantity': '', 'aria-live': 'polite' }, String(l.quantity)));
            qty.appendChild(el('button', { type: 'button', 'data-inc': String(i), 'aria-label': t.moreText + ' ' + l.description }, '+'));
            tr.appendChild(qty);
            var eat = el('td', {});
            if (p.taxCategory === 'FOOD') {
                var label = el('label', { 'class': 'check' });
                var box = el('input', { type: 'checkbox', 'data-eat-in': String(i) });
                box.checked = l.eatIn;
                label.appendChild(box);
                label.appendChild(el('span', { 'class': 'visually-hidden' }, t.eatInText + ' ' + l.description));
                label.appendChild(el('span', { 'aria-hidden': 'true' }, '10%'));
                eat.appendChild(label);
            }
            tr.appendChild(eat);
            tr.appendChild(el('td', { 'class': 'num', 'data-amount': '' }, yen(l.quantity * l.unitPriceYen)));
            var rm = el('td', {});
            rm.appendChild(el('button', { type: 'button', 'class': 'danger', 'data-remove': String(i),
                'aria-label': t.removeText + ' ' + l.description }, '×'));
            tr.appendChild(rm);
            body.appendChild(tr);
        });
        var totals = main.querySelector('[data-rate-totals]');
        totals.textContent = '';
        rateTotals(lines).forEach(function (r) {
            totals.appendChild(el('dt', { 'data-rate': r.taxRate }, format(t.rateText, r.taxRate)));
            totals.appendChild(el('dd', { 'data-rate-total': r.taxRate },
                yen(r.totalYen) + '（' + t.taxText + ' ' + yen(r.taxYen) + '）'));
        });
        var total = amountOf(lines);
        main.querySelector('[data-total]').textContent = yen(total);
        main.querySelector('[data-total]').dataset.yen = String(total);
        renderPay();
    }

    function renderPay() {
        var form = main.querySelector('[data-form="pay"]');
        if (!form) {
            return;
        }
        var total = amountOf(cartLines());
        var cash = form.elements.tender.value === 'CASH';
        form.querySelectorAll('[data-cash-only]').forEach(function (e) { e.hidden = !cash; });
        var tendered = Number(form.elements.tendered.value || 0);
        var change = cash ? tendered - total : 0;
        main.querySelector('[data-change]').textContent = yen(Math.max(change, 0));
        form.querySelector('[data-pay]').disabled = !cart.length || (cash && tendered < total);
    }

    function pay(form) {
        var lines = cartLines();
        if (!lines.length) {
            return;
        }
        var total = amountOf(lines);
        var tender = form.elements.tender.value;
        var tendered = tender === 'CASH' ? Number(form.elements.tendered.value || 0) : total;
        if (tendered < total) {
            return;
        }
        var saleId = newId();
        var body = {
            saleId: saleId,
            lines: lines.map(function (l) {
                return { lineId: l.lineId, productId: l.productId, quantity: l.quantity, unitPriceYen: l.unitPriceYen,
                    eatIn: l.eatIn };
            }),
            payments: [{ tender: tender, amountYen: total, tenderedYen: tendered }],
            at: japanNow()
        };
        cart = [];
        form.elements.tendered.value = '';
        form.elements.tender.value = 'CASH';
        main.querySelector('[data-last-sale]').textContent = format(t.changeText,
            (tendered - total).toLocaleString('ja-JP'));
        enqueue('sales', saleId, body, { lines: lines, total: total });
        renderCart();
    }

    // ---- void and refund ----

    function findReceipt(id) {
        return day().filter(function (r) { return r.id === id; })[0];
    }

    function openVoid(id) {
        var r = findReceipt(id);
        var section = main.querySelector('[data-void-section]');
        var form = section.querySelector('form');
        var v = voided(day())[r.saleId] || {};
        form.dataset.saleId = r.saleId;
        form.dataset.receiptNumber = r.receiptNumber || '';
        section.querySelector('[data-void-of]').textContent = t.kindSale + ' ' + receiptLabel(r) + ' ' + yen(r.total);
        var box = section.querySelector('[data-void-lines]');
        box.textContent = '';
        r.lines.filter(function (l) { return !v[l.lineId]; }).forEach(function (l) {
            var label = el('label', { 'class': 'check' });
            var input = el('input', { type: 'checkbox', name: 'line', value: l.lineId });
            input.checked = true;
            label.appendChild(input);
            label.appendChild(el('span', {}, l.description + ' ×' + l.quantity + ' ' + yen(l.quantity * l.unitPriceYen)));
            box.appendChild(label);
        });
        form.elements.tender.value = r.tender || 'CASH';
        form.elements.reason.value = '';
        section.hidden = false;
        section.querySelector('h2').scrollIntoView();
        box.querySelector('input').focus();
    }

    function recordVoid(form) {
        var r = day().filter(function (x) { return x.kind === 'SALE' && x.saleId === form.dataset.saleId; })[0];
        var ids = Array.prototype.filter.call(form.querySelectorAll('input[name=line]'), function (c) { return c.checked; })
            .map(function (c) { return c.value; });
        if (!ids.length || !r) {
            return;
        }
        var lines = r.lines.filter(function (l) { return ids.indexOf(l.lineId) >= 0; });
        var voidId = newId();
        enqueue('voids', voidId, { voidId: voidId, saleId: r.saleId, lineIds: ids, tender: form.elements.tender.value,
            reason: form.elements.reason.value, at: japanNow() },
            { lines: lines, total: amountOf(lines), receiptNumber: r.receiptNumber });
        main.querySelector('[data-void-section]').hidden = true;
        main.querySelector('#h-receipts').scrollIntoView();
    }

    var refundSale = null;

    /** The sale of a receipt number: today's from the tablet itself, an earlier day's from the server. */
    function findSale(number) {
        var list = day();
        var r = list.filter(function (x) { return x.kind === 'SALE' && x.receiptNumber === number; })[0];
        if (r) {
            var refunded = {};
            list.filter(function (x) { return x.kind === 'REFUND' && x.receiptNumber === number; }).forEach(function (x) {
                x.lines.forEach(function (l) { refunded[l.lineId] = (refunded[l.lineId] || 0) + l.quantity; });
            });
            return Promise.resolve({ saleId: r.saleId, receiptNumber: number, lines: r.lines,
                voided: voided(list)[r.saleId] || {}, refunded: refunded });
        }
        return Yui.send('GET', t.actions + 'receipts/' + encodeURIComponent(number)).then(function (response) {
            if (!response.ok || response.redirected) {
                return null;
            }
            return response.json().then(function (s) {
                var refunded = {};
                Object.keys(s.refundsById || {}).forEach(function (k) {
                    Object.keys(s.refundsById[k]).forEach(function (line) {
                        refunded[line] = (refunded[line] || 0) + s.refundsById[k][line];
                    });
                });
                var v = {};
                (s.voidedLineIds || []).forEach(function (id) { v[id] = true; });
                return { saleId: s.saleId, receiptNumber: s.receiptNumber, lines: s.lines, voided: v, refunded: refunded };
            });
        }, function () { return null; });
    }

    function showRefund(number) {
        var error = main.querySelector('[data-refund-error]');
        var form = main.querySelector('[data-form="refund"]');
        error.hidden = true;
        form.hidden = true;
        findSale(number).then(function (sale) {
            refundSale = sale;
            if (!sale) {
                error.textContent = format(t.notFoundText, number);
                error.hidden = false;
                return;
            }
            form.querySelector('[data-refund-of]').textContent = t.kindSale + ' ' + number;
            var box = form.querySelector('[data-refund-lines]');
            box.textContent = '';
            sale.lines.filter(function (l) { return !sale.voided[l.lineId]; }).forEach(function (l) {
                var left = l.quantity - (sale.refunded[l.lineId] || 0);
                var id = 'refund-qty-' + l.lineId;
                var div = el('div', { 'class': 'row' });
                div.appendChild(el('label', { 'for': id }, l.description + ' ' + yen(l.unitPriceYen) + ' · '
                    + format(t.soldText, l.quantity)));
                div.appendChild(el('input', { id: id, type: 'number', inputmode: 'numeric', min: '0', max: String(left),
                    value: '0', 'data-refund-line': l.lineId }));
                box.appendChild(div);
            });
            form.elements.reason.value = '';
            form.hidden = false;
            var first = box.querySelector('input');
            if (first) {
                first.focus();
            }
        });
    }

    function recordRefund(form) {
        var sale = refundSale;
        var chosen = [];
        form.querySelectorAll('[data-refund-line]').forEach(function (input) {
            var q = Number(input.value || 0);
            if (q > 0) {
                chosen.push({ lineId: input.dataset.refundLine, quantity: q });
            }
        });
        var error = main.querySelector('[data-refund-error]');
        if (!sale || !chosen.length) {
            error.textContent = t.nothingText;
            error.hidden = false;
            return;
        }
        var lines = chosen.map(function (c) {
            var l = sale.lines.filter(function (x) { return x.lineId === c.lineId; })[0];
            return { lineId: l.lineId, productId: l.productId, description: l.description, quantity: c.quantity,
                unitPriceYen: l.unitPriceYen, taxRate: l.taxRate };
        });
        var refundId = newId();
        enqueue('refunds', refundId, { refundId: refundId, receiptNumber: sale.receiptNumber, lines: chosen,
            tender: form.elements.tender.value, reason: form.elements.reason.value, at: japanNow() },
            { lines: lines, total: amountOf(lines), saleId: sale.saleId, receiptNumber: sale.receiptNumber });
        form.hidden = true;
        main.querySelector('[data-form="refund-find"]').reset();
        refundSale = null;
    }

    // ---- events ----

    main.addEventListener('click', function (e) {
        var b = e.target.closest('button');
        if (!b) {
            return;
        }
        if (b.dataset.product) {
            add(b.dataset.product);
        } else if (b.dataset.inc !== undefined) {
            cart[Number(b.dataset.inc)].quantity += 1;
            renderCart();
            main.querySelector('[data-inc="' + b.dataset.inc + '"]').focus();
        } else if (b.dataset.dec !== undefined) {
            var c = cart[Number(b.dataset.dec)];
            c.quantity -= 1;
            if (c.quantity < 1) {
                cart.splice(Number(b.dataset.dec), 1);
            }
            renderCart();
            var again = main.querySelector('[data-dec="' + b.dataset.dec + '"]');
            (again || main.querySelector('#code')).focus();
        } else if (b.dataset.remove !== undefined) {
            cart.splice(Number(b.dataset.remove), 1);
            renderCart();
            main.querySelector('#code').focus();
        } else if (b.dataset.voidSale) {
            openVoid(b.dataset.voidSale);
        } else if (b.hasAttribute('data-void-cancel')) {
            main.querySelector('[data-void-section]').hidden = true;
        }
    });

    main.addEventListener('change', function (e) {
        if (e.target.dataset.eatIn !== undefined) {
            cart[Number(e.target.dataset.eatIn)].eatIn = e.target.checked;
            renderCart();
            main.querySelector('[data-eat-in="' + e.target.dataset.eatIn + '"]').focus();
        } else if (e.target.name === 'tender' && e.target.closest('[data-form="pay"]')) {
            renderPay();
        }
    });

    main.addEventListener('input', function (e) {
        if (e.target.name === 'tendered') {
            renderPay();
        }
    });

    main.addEventListener('submit', function (e) {
        var form = e.target.closest('[data-form]');
        if (!form) {
            return;
        }
        var kind = form.dataset.form;
        if (kind === 'close') {
            // A plain post (the answer is the closed session), once everything made here has been sent.
            var blocked = form.querySelector('[data-close-blocked]');
            var pending = queue.pending().length;
            if (pending || !navigator.onLine) {
                e.preventDefault();
                blocked.textContent = pending ? t.closePendingText : t.closeOfflineText;
                blocked.hidden = false;
                queue.flush();
            }
            return;
        }
        e.preventDefault();
        if (!form.reportValidity()) {
            return;
        }
        if (kind === 'code') {
            var code = form.elements.code.value.trim();
            var p = byCode[code];
            var error = main.querySelector('[data-code-error]');
            error.hidden = !!p;
            if (p) {
                add(p.productId);
                form.reset();
            } else {
                error.textContent = format(t.unknownCodeText, code);
            }
            form.elements.code.focus();
        } else if (kind === 'pay') {
            pay(form);
        } else if (kind === 'void') {
            recordVoid(form);
        } else if (kind === 'refund-find') {
            showRefund(form.elements.receiptNumber.value.trim());
        } else if (kind === 'refund') {
            recordRefund(form);
        }
    });

    YuiOffline.forgetOnSignOut('till');
    window.YuiTill = { flush: queue.flush, queueKey: queue.queueKey, sentKey: queue.sentKey };

    renderCart();
    queue.render();
    YuiOffline.keepPages({ root: main, name: 'till', links: 'a.till-continue, .till-back a', skip: ['/receipts/'] })
        .then(queue.flush);
})();
