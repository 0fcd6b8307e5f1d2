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
});
