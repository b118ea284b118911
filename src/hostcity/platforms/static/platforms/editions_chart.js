// A platform's editions over the years: participants and exhibitors as bars, the amount of deals
// signed as a line on its own axis (ECharts).
(function () {
  "use strict";
  const box = document.getElementById("edition-chart");
  const data = JSON.parse(document.getElementById("edition-data").textContent);
  const labels = document.getElementById("editions-chart-script").dataset;
  if (!box || !data.years.length || typeof echarts === "undefined") return;
  const chart = echarts.init(box);
  chart.setOption({
    tooltip: { trigger: "axis", renderMode: "richText" }, // drawn on the canvas: names never read as HTML
    legend: { data: [labels.participants, labels.exhibitors, labels.amount] },
    xAxis: { type: "category", data: data.years.map(String) },
    yAxis: [{ type: "value" }, { type: "value", position: "right" }],
    series: [
      { name: labels.participants, type: "bar", data: data.participants },
      { name: labels.exhibitors, type: "bar", data: data.exhibitors },
      { name: labels.amount, type: "line", yAxisIndex: 1, data: data.deals_amount, connectNulls: true },
    ],
  });
  box.dataset.drawn = "1";
  window.addEventListener("resize", () => chart.resize());
})();
