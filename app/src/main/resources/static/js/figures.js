/* figures pages: draws each canvas[data-chart] with Chart.js from the JSON the server put there. The tables above
   the charts hold the same numbers (the charts' accessible equivalent). */
(function () {
    'use strict';
    // Distinct, print-safe colours with enough contrast on white.
    var COLOURS = ['#0b4f8a', '#d97706', '#1d6b2f', '#a1121b', '#6b3fa0'];

    function draw(canvas) {
        if (typeof Chart === 'undefined' || Chart.getChart(canvas)) {
            return;
        }
        var spec = JSON.parse(canvas.getAttribute('data-chart'));
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
