// Draws every element with a data-chart attribute as a bar chart of documents per day (or, with
// "type": "line" and "max", a line of values per day: the review queue's precision)
// (ECharts, loaded before this file). The data is JSON written by the server (ChartData):
// {"axis": "documents", "days": ["2026-11-01", ...], "series": [{"name": "...", "counts": [...]}]}.
// No inline script: the page's Content-Security-Policy allows scripts from this site only.
(function () {
  "use strict";

  function draw(element) {
    var data;
    try {
      data = JSON.parse(element.getAttribute("data-chart"));
    } catch (e) {
      return;
    }
    if (!data || !data.days || !window.echarts) {
      return;
    }
    var several = data.series.length > 1;
    // Days in the page's language ("7 déc." in French, "Dec 7" in English), as in UTC.
    var lang = document.documentElement.lang || "fr";
    var days = data.days.map(function (d) {
      var day = new Date(d + "T00:00:00Z");
      return isNaN(day) ? d : day.toLocaleDateString(lang, { day: "numeric", month: "short", timeZone: "UTC" });
    });
    var chart = window.echarts.init(element, null, { renderer: "canvas" });
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: several ? 36 : 16, bottom: 40, containLabel: true },
      tooltip: { trigger: "axis" },
      legend: several ? { type: "scroll", top: 0 } : undefined,
      xAxis: { type: "category", data: days, axisLabel: { hideOverlap: true } },
      yAxis: { type: "value", minInterval: 1, name: data.axis, nameGap: 8, max: data.max },
      series: data.series.map(function (s) {
        return data.type === "line"
          ? { name: s.name, type: "line", data: s.counts }
          : { name: s.name, type: "bar", stack: "documents", data: s.counts };
      })
    });
    element.setAttribute("data-drawn", "true");
    window.addEventListener("resize", function () {
      chart.resize();
    });
  }

  function drawAll() {
    var charts = document.querySelectorAll("[data-chart]");
    for (var i = 0; i < charts.length; i++) {
      draw(charts[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
