/* figures pages: draws each canvas[data-chart] with Chart.js from the JSON the server put there. The tables above
   the charts hold the same numbers (the charts' accessible equivalent). */
(function () {
    'use strict';
    // Distinct, print-safe colours with enough contrast on white.
    var COLOURS = ['#0b4f8a', '#d97706', '#1d6b2f', '#a1121b', '#6b3fa0', '#0e7c86', '#8a5a0b', '#4d4d4d',
        '#c2185b', '#33691e', '#283593', '#bf360c'];

    function draw(canvas) {
        if (typeof Chart === 'undefined' || Chart.getChart(canvas)) {
            return;
        }
        var spec = JSON.parse(canvas.getAttribute('data-chart'));
        if (spec.type === 'doughnut') {
            // A share: one colour per slice, the legend beside it.
            new Chart(canvas, {
                type: 'doughnut',
                data: { labels: spec.labels, datasets: spec.datasets.map(function (d) {
                    return { label: d.label, data: d.data, borderColor: '#ffffff', borderWidth: 1,
                        backgroundColor: d.data.map(function (v, i) { return COLOURS[i % COLOURS.length]; }) };
                }) },
                options: { responsive: true, maintainAspectRatio: false, animation: false,
                    plugins: { legend: { position: 'right', labels: { font: { size: 13 } } } } }
            });
            return;
        }
        var datasets = spec.datasets.map(function (d, i) {
            return { label: d.label, data: d.data, backgroundColor: COLOURS[i % COLOURS.length],
                borderColor: COLOURS[i % COLOURS.length], borderWidth: 1 };
        });
        new Chart(canvas, {
            type: 'bar',
            data: { labels: spec.labels, datasets: datasets },
            options: {
                responsive: true, maintainAspectRatio: false, animation: false,
                font: { size: 14 },
                plugins: { legend: { position: 'bottom', labels: { font: { size: 14 } } } },
                scales: {
                    x: { stacked: spec.stacked, ticks: { font: { size: 13 } } },
                    y: { stacked: spec.stacked, beginAtZero: true, ticks: { precision: 0, font: { size: 13 } } }
                }
            }
        });
    }

    function drawAll() {
        document.querySelectorAll('canvas[data-chart]').forEach(draw);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', drawAll);
    } else {
        drawAll();
    }
})();
