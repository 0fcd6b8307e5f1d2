// ECharts for the roll-up and the work bench. Each chart's data sits in its element's data-chart attribute (no
// extra request, no inline script); the table next to it holds the same figures for screen readers and no-JS.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var percent = data.unit === '%';
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return percent ? v + '%' : v; } },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 48, containLabel: true },
      // many categories (31 provinces) would overlap: slant them, cut long names short, and let ECharts drop the
      // labels that still collide; the table under the chart names every one
      xAxis: { type: 'category', data: data.categories, axisLabel: {
        interval: data.categories.length > 12 ? 'auto' : 0, rotate: data.categories.length > 6 ? 40 : 0,
        width: 112, overflow: 'truncate' } },
      yAxis: { type: 'value', max: percent ? 100 : null, axisLabel: { formatter: percent ? '{value}%' : '{value}' } },
      series: data.series.map(function (s) {
        return { name: s.name, type: data.type, data: s.data, smooth: data.type === 'line' };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
