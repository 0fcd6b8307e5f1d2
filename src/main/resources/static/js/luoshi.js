// Small progressive enhancements; every core flow works without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
  // htmx requests carry the CSRF token like forms do
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener('htmx:configRequest', function (e) {
      e.detail.headers[header.content] = token.content;
    });
  }
  // on narrow screens the menu starts folded so the page content comes first; a window that becomes wide
  // (a tablet turned sideways) shows it again, since there the summary that opens it is hidden
  var menu = document.querySelector('.sidenav details');
  var narrow = window.matchMedia('(max-width: 760px)');
  function fit() {
    if (!menu) return;
    if (narrow.matches) menu.removeAttribute('open'); else menu.setAttribute('open', '');
  }
  fit();
  if (narrow.addEventListener) narrow.addEventListener('change', fit);

  // a table wider than the page scrolls inside its wrapper (a phone shows cards instead). The keyboard can scroll
  // it only if the wrapper takes the focus, and a screen reader must say what it is: while, and only while, it
  // really scrolls, the wrapper is a region named by the table's caption or the heading before it
  function regions() {
    document.querySelectorAll('.table-wrap, .unit-tree').forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', nameOf(box));
        box.setAttribute('data-region', '');
      } else if (!scrolls && box.hasAttribute('data-region')) {
        ['tabindex', 'role', 'aria-label', 'data-region'].forEach(function (a) { box.removeAttribute(a); });
      }
    });
  }
  function nameOf(box) {
    var caption = box.querySelector('caption');
    if (caption && caption.textContent.trim()) return caption.textContent.trim();
    var before = [].filter.call(document.querySelectorAll('main h1, main h2, main h3'), function (h) {
      return h.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    return before.length ? before[before.length - 1].textContent.trim() : document.title;
  }
  regions();
  window.addEventListener('resize', regions);
  document.body.addEventListener('htmx:afterSettle', regions);
});
