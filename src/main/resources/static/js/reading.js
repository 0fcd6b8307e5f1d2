/*
 * 原原本本、逐字逐句: reports to the server how long this section was read while the page was visible, and whether its
 * end has been seen. Visible time only (Page Visibility API): a tab in the background adds nothing. The end is seen
 * when the sentinel after the text scrolls into view (IntersectionObserver). The server is the judge: it caps each
 * report by the real time since the previous one and decides when the section counts as read.
 */
(function () {
  'use strict';
  var article = document.querySelector('[data-reading="on"]');
  if (!article) { return; }
  var url = article.getAttribute('data-progress-url');
  var required = parseInt(article.getAttribute('data-required-ms'), 10) || 0;
  var read = article.getAttribute('data-read') === 'true';
  var status = document.getElementById('reader-status');
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  var visibleSince = document.visibilityState === 'visible' ? performance.now() : null;
  var pending = 0;
  var total = 0;
  var endReached = false;
  var finishTimer = null;

  function take() {
    if (visibleSince !== null) {
      var now = performance.now();
      pending += now - visibleSince;
      visibleSince = now;
    }
    var dwell = Math.round(pending);
    pending = 0;
    total += dwell;
    return dwell;
  }

  function send(dwell) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token && header) { headers[header.content] = token.content; }
    var body = JSON.stringify({ dwellMs: dwell, endReached: endReached, at: new Date().toISOString() });
    return fetch(url, { method: 'POST', headers: headers, body: body, credentials: 'same-origin', keepalive: true })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (outcome) {
        if (outcome && outcome.read && !read) {
          read = true;
          if (status) { status.textContent = status.getAttribute('data-read-text'); }
        }
      })
      .catch(function () { /* the next report carries the time on */ });
  }

  function report() {
    var dwell = take();
    if (dwell > 0) { send(dwell); }
    scheduleFinish();
  }

  // once the end is seen, report again when the visible time reaches what the section needs
  function scheduleFinish() {
    if (finishTimer) { clearTimeout(finishTimer); finishTimer = null; }
    if (read || !endReached || visibleSince === null) { return; }
    var left = required - total - pending - (performance.now() - visibleSince);
    finishTimer = setTimeout(report, Math.max(250, left + 250));
  }

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') {
      visibleSince = performance.now();
      scheduleFinish();
    } else {
      report();
      visibleSince = null;
    }
  });
  window.addEventListener('pagehide', function () { if (visibleSince !== null) { report(); } });
  document.querySelectorAll('.reader-nav a').forEach(function (link) {
    link.addEventListener('click', report);
  });

  var end = document.getElementById('reader-end');
  if (end && 'IntersectionObserver' in window) {
    new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting && document.visibilityState === 'visible' && !endReached) {
          endReached = true;
          report();
        }
      });
    }).observe(end);
  }
  // a long section read in one sitting is reported every half minute, not only when leaving it
  setInterval(function () { if (visibleSince !== null) { report(); } }, 30000);
  send(0); // opens the reading: the server measures the next report's time from now
})();
