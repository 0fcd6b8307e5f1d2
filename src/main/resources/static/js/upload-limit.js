// 上传前先看大小: a file input marked data-max-bytes stops its form, before a byte is sent, when a chosen file is over
// the limit, and says so beside the field (data-too-large, with {name} and {size} in MB filled in). A 300 MB file
// would otherwise be sent whole, only to be refused by the server; the page, and what was typed on it, stays.
(function () {
  var MB = 1024 * 1024;

  function tooLarge(input) {
    var max = Number(input.dataset.maxBytes);
    return [].filter.call(input.files || [], function (file) { return file.size > max; })[0];
  }

  function say(input, file) {
    var error = document.getElementById(input.id + '-error');
    if (!error) return;
    error.textContent = file ? input.dataset.tooLarge.replace('{name}', file.name)
      .replace('{size}', String(Math.ceil(file.size / MB))) : '';
    error.hidden = !file;
    if (file) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
      input.addEventListener('change', function () { say(input, tooLarge(input)); });
      if (!input.form) return;
      input.form.addEventListener('submit', function (e) {
        var file = tooLarge(input);
        say(input, file);
        if (file) {
          e.preventDefault();
          input.focus();
        }
      });
    });
  });
})();
