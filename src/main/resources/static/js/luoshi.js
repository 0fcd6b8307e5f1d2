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
  // on narrow screens the menu starts folded so the page content comes first
  var menu = document.querySelector('.sidenav details');
  if (menu && window.matchMedia('(max-width: 760px)').matches) {
    menu.removeAttribute('open');
  }
});
