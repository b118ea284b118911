// Each indicator's values over the years (a line) against its targets (a dashed line), ECharts.
(function () {
  "use strict";
  const node = document.getElementById("indicator-charts");
  if (!node || typeof echarts === "undefined") return;
  const labels = document.getElementById("indicator-charts-script").dataset;
  const charts = JSON.parse(node.textContent);
  const byCode = Object.fromEntries(charts.map((c) => [c.code, c]));
  document.querySelectorAll(".indicator-chart").forEach((box) => {
    const data = byCode[box.dataset.code];
    if (!data) return;
    const chart = echarts.init(box);
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 12, top: 24, bottom: 24 },
      tooltip: { trigger: "axis", renderMode: "richText" }, // drawn on the canvas: names never read as HTML
      legend: { data: [labels.value, labels.target], top: 0, textStyle: { fontSize: 10 } },
      xAxis: { type: "category", data: data.years.map(String) },
      yAxis: { type: "value", inverse: data.lower_is_better, name: data.unit, nameTextStyle: { fontSize: 10 } },
      series: [
        { name: labels.value, type: "line", data: data.values, connectNulls: true, symbolSize: 6 },
        { name: labels.target, type: "line", data: data.targets, connectNulls: true, lineStyle: { type: "dashed" }, symbol: "diamond" },
      ],
    });
    box.dataset.drawn = "1";
    window.addEventListener("resize", () => chart.resize());
  });
})();
