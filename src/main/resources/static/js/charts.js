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
      xAxis: { type: 'category', data: data.categories, axisLabel: { interval: 0, rotate: data.categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', max: percent ? 100 : null, axisLabel: { formatter: percent ? '{value}%' : '{value}' } },
      series: data.series.map(function (s) {
        return { name: s.name, type: data.type, data: s.data, smooth: data.type === 'line' };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
