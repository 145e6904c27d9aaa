// Yui pages: the CSRF token on every htmx request and on Yui.send(); nothing else global.
(function () {
    'use strict';
    function csrf() {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        return token && header ? { header: header.content, token: token.content } : null;
    }
    document.addEventListener('htmx:configRequest', function (e) {
        var c = csrf();
        if (c) {
            e.detail.headers[c.header] = c.token;
        }
    });
    window.Yui = {
        csrf: csrf,
        /** fetch() with the session's CSRF token, JSON body and the page's language. */
        send: function (method, url, body) {
            var headers = { 'Accept': 'application/json, application/problem+json',
                'Accept-Language': document.documentElement.lang || 'ja' };
            var c = csrf();
            if (c) {
                headers[c.header] = c.token;
            }
            if (body !== undefined) {
                headers['Content-Type'] = 'application/json';
            }
            return fetch(url, { method: method, headers: headers, credentials: 'same-origin',
                body: body === undefined ? undefined : JSON.stringify(body) });
        }
    };
})();
