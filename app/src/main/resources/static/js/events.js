// Events office pages: put the keyboard where the operator goes next (the search, a refusal, or what was just done),
// as the server decided in <main data-focus>.
(function () {
    'use strict';
    function focusStart() {
        var main = document.querySelector('main[data-focus]');
        var target = main && document.getElementById(main.getAttribute('data-focus'));
        if (!target) {
            target = document.getElementById('done');
        }
        if (target) {
            target.focus();
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusStart);
    } else {
        focusStart();
    }
})();
