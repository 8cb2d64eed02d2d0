// The influence page's network view: fetches the graph the server laid out
// (/api/influence/graph?format=json: nodes with x, y, size, community and their account page;
// links with weights) and draws it with ECharts' graph series, without running a layout in the
// browser, so that 5 000 nodes stay interactive. A click on a node opens its account page.
// No inline script: the page's Content-Security-Policy allows scripts from this site only.
(function () {
  "use strict";

  function draw(element) {
    if (!window.echarts) {
      return;
    }
    var started = Date.now();
    fetch(element.getAttribute("data-graph-url"), { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var chart = window.echarts.init(element, null, { renderer: "canvas" });
        chart.setOption({
          animation: false,
          tooltip: { formatter: function (p) { return p.dataType === "node" ? p.data.name : ""; } },
          legend: data.categories.length > 1 ? { type: "scroll", top: 0 } : undefined,
          series: [{
            type: "graph",
            layout: "none",
            roam: true,
            draggable: false,
            data: data.nodes,
            links: data.links,
            categories: data.categories,
            label: { show: data.nodes.length <= 60, position: "right", fontSize: 11 },
            lineStyle: { opacity: 0.35, width: 1, curveness: 0 },
            emphasis: { focus: "adjacency", lineStyle: { width: 2 } }
          }]
        });
        element.setAttribute("data-drawn", String(data.nodes.length));
        element.setAttribute("data-render-ms", String(Date.now() - started));
        chart.on("click", function (p) {
          if (p.dataType === "node" && p.data.href) {
            window.location.href = p.data.href;
          }
        });
        if (window.console) {
          console.info("vigie-network: " + data.nodes.length + " nodes, " + data.links.length
            + " links drawn in " + (Date.now() - started) + " ms");
        }
        window.addEventListener("resize", function () { chart.resize(); });
      })
      .catch(function (e) {
        element.setAttribute("data-error", String(e));
      });
  }

  function drawAll() {
    var nets = document.querySelectorAll("[data-graph-url]");
    for (var i = 0; i < nets.length; i++) {
      draw(nets[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
