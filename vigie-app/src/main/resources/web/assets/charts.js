/*
 * Vigie's charts (Apache ECharts), drawn from data-* attributes so that pages need no inline
 * script (the Content-Security-Policy forbids them). Every chart is also on the page as links or a
 * table, so nothing depends on this file.
 *
 *   [data-chart=histogram][data-bars][data-range-url]  bars per period; a click on a bar or a
 *       range selected with the brush re-runs the search for those dates (__FROM__/__TO__).
 *   [data-chart=lines][data-trends]  several series on one time axis, spikes marked.
 */
(function () {
  'use strict';

  function go(url) {
    var target = document.getElementById('results');
    if (window.htmx && target && target.contains(document.querySelector('[data-chart]'))) {
      window.htmx.ajax('GET', url, { target: '#results' }).then(function () {
        window.history.pushState({}, '', url);
        var box = document.getElementById('q');
        var q = new URL(url, window.location.href).searchParams.get('q');
        if (box && q !== null) { box.value = q; }
      });
    } else {
      window.location.href = url;
    }
  }

  function histogram(el) {
    var bars = JSON.parse(el.dataset.bars || '[]');
    var rangeUrl = el.dataset.rangeUrl;
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 10, top: 30, bottom: 40, containLabel: true },
      tooltip: { trigger: 'axis' },
      toolbox: { right: 10, feature: { brush: { type: ['lineX', 'clear'] } } },
      brush: { xAxisIndex: 'all', brushMode: 'single', throttleType: 'debounce', throttleDelay: 300 },
      xAxis: { type: 'category', data: bars.map(function (b) { return b.label; }), axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: bars.map(function (b) { return b.count; }), itemStyle: { color: '#0b5c8e' } }]
    });
    // Brushing is on from the start: dragging across the bars selects a period.
    chart.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: 'lineX', brushMode: 'single' } });
    chart.on('click', function (p) {
      if (bars[p.dataIndex]) { go(bars[p.dataIndex].url); }
    });
    chart.on('brushEnd', function (p) {
      var area = p.areas && p.areas[0];
      if (!area || !area.coordRange) { return; }
      var from = Math.max(0, Math.min(area.coordRange[0], area.coordRange[1]));
      var to = Math.min(bars.length - 1, Math.max(area.coordRange[0], area.coordRange[1]));
      if (!bars[from] || !bars[to]) { return; }
      go(rangeUrl.replace('__FROM__', bars[from].start).replace('__TO__', bars[to].end));
    });
    el.classList.add('drawn');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function lines(el) {
    var data = JSON.parse(el.dataset.trends || '{}');
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 10, top: 40, bottom: 40, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: data.labels || [], axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: (data.series || []).map(function (s) {
        return {
          name: s.name, type: 'line', data: s.data, symbolSize: 4,
          markPoint: {
            symbol: 'pin', symbolSize: 36,
            data: s.spikes.map(function (i) { return { coord: [i, s.data[i]], value: s.data[i] }; })
          }
        };
      })
    });
    el.classList.add('drawn');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function draw(root) {
    if (!window.echarts) { return; }
    root.querySelectorAll('[data-chart]:not(.drawn)').forEach(function (el) {
      if (el.dataset.chart === 'histogram') { histogram(el); }
      if (el.dataset.chart === 'lines') { lines(el); }
    });
  }

  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSettle', function (e) { draw(e.target || document); });
})();
