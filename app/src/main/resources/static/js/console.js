// Phone console: put the keyboard where the operator goes next (the search, the first match, the outbound run,
// a refusal, the change form), as the server decided in <main data-focus>.
(function () {
    'use strict';
    function focusStart() {
        var main = document.querySelector('main[data-focus]');
        var target = main && document.getElementById(main.getAttribute('data-focus'));
        if (document.getElementById('done') && main.getAttribute('data-focus') !== 'q'
                && main.getAttribute('data-focus').indexOf('error-') !== 0 && !document.getElementById('change-form')) {
            target = document.getElementById('done');
        }
        if (target && target.tagName === 'FORM') {
            target = target.querySelector('input[type=radio]:checked') || target.querySelector('input:not([type=hidden]), select, button');
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
