// ECharts for the roll-up and the work bench. Each chart's data sits in its element's data-chart attribute (no
// extra request, no inline script); the table next to it holds the same figures for screen readers and no-JS.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.echarts) {
    return;
  }
  // text as large as the page's own: at least 14 px, 18 px in 长辈模式 (docs/design-system.md)
  var fontSize = document.documentElement.classList.contains('elder') ? 18 : 14;
  var text = { fontSize: fontSize, color: getComputedStyle(document.body).color };

  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var percent = data.unit === '%';
    var labels = data.labels || shortLabels(data.categories);
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    // every label shown: slanted when they do not fit side by side, upright when even that is too tight
    var slot = (element.clientWidth - 4 * fontSize) / labels.length;
    var longest = Math.max.apply(null, labels.map(function (l) { return String(l).length; })) * fontSize;
    var rotate = longest <= slot * 0.9 ? 0 : slot >= fontSize * 2 ? 45 : 90;
    chart.setOption({
      textStyle: text,
      // the tooltip names the full category (a plan's whole title); the axis shows its short label
      tooltip: { trigger: 'axis', textStyle: text, valueFormatter: function (v) { return percent ? v + '%' : v; } },
      legend: { top: 0, textStyle: text, itemGap: fontSize },
      grid: { left: 8, right: 16, top: legendHeight(data.series, element.clientWidth), bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.categories, axisLabel: {
        fontSize: fontSize, color: text.color, interval: slot >= fontSize * 1.5 ? 0 : 'auto', hideOverlap: true, rotate: rotate,
        formatter: function (value, index) { return labels[index]; } } },
      yAxis: { type: 'value', max: percent ? 100 : null,
        axisLabel: { fontSize: fontSize, color: text.color, formatter: percent ? '{value}%' : '{value}' } },
      series: data.series.map(function (s) {
        return { name: s.name, type: data.type, data: s.data, smooth: data.type === 'line' };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });

  // the legend wraps on a phone: leave room for as many rows as it needs above the plot
  function legendHeight(series, width) {
    var row = 0;
    var rows = 1;
    series.forEach(function (s) {
      var item = 25 + 5 + s.name.length * fontSize + fontSize;
      if (row + item > width - 16 && row > 0) {
        rows++;
        row = 0;
      }
      row += item;
    });
    return rows * (fontSize + 14) + 8;
  }

  // Distinct short labels for long names that share most of their words, like plan titles that all read
  // "关于印发《…》的通知": keep what is inside the book-title marks, drop the words every name begins with, and cut
  // what is left to a few characters; number them if two are still the same.
  function shortLabels(names) {
    var most = 8;
    if (names.every(function (name) { return String(name).length <= most; })) {
      return names;
    }
    var cores = names.map(function (name) {
      var quoted = /《(.+)》/.exec(name);
      return quoted ? quoted[1] : String(name);
    });
    var head = cores.length > 1 ? commonPrefix(cores) : 0;
    if (cores.every(function (s) { return s.length > head; })) {
      cores = cores.map(function (s) { return s.slice(head); });
    }
    var labels = cores.map(function (s) { return s.length > most ? s.slice(0, most - 1) + '…' : s; });
    var distinct = labels.every(function (s, i) { return labels.indexOf(s) === i; });
    return distinct ? labels : labels.map(function (s, i) { return (i + 1) + '. ' + s; });
  }

  function commonPrefix(strings) {
    var shortest = Math.min.apply(null, strings.map(function (s) { return s.length; }));
    for (var i = 0; i < shortest; i++) {
      if (!strings.every(function (s) { return s[i] === strings[0][i]; })) {
        return i;
      }
    }
    return shortest;
  }
});
