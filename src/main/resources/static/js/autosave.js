// 随写随存: a form marked data-autosave="<url>" is sent there a moment after the typing stops, so a draft is saved as
// typed. The answer carries the record's new version (kept in the form's version field, so the next save, or the
// 保存 button, does not collide with this one) and a line for the status area. Without JavaScript the form's own
// 保存 button does the same.
(function () {
  var WAIT = 1500;

  function start(form) {
    var url = form.dataset.autosave;
    var status = document.getElementById(form.dataset.autosaveStatus);
    var timer = null;
    var sending = false;
    var again = false;

    function say(text, failed) {
      if (!status) return;
      status.textContent = text;
      status.classList.toggle('field-error', !!failed);
    }

    function save() {
      if (sending) { again = true; return; }
      sending = true;
      var data = new FormData(form);
      data.delete('action');
      fetch(url, { method: 'POST', body: data, credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (body) {
            if (response.ok && body.version !== undefined) {
              var version = form.querySelector('input[name="version"]');
              if (version) version.value = body.version;
              say(body.message || '', false);
            } else {
              say(body.message || body.detail || form.dataset.autosaveFailed, true);
            }
          });
        })
        .catch(function () { say(form.dataset.autosaveFailed, true); })
        .then(function () {
          sending = false;
          if (again) { again = false; save(); }
        });
    }

    function later(e) {
      if (e && e.target && e.target.type === 'file') return;
      clearTimeout(timer);
      timer = setTimeout(save, WAIT);
    }

    form.addEventListener('input', later);
    form.addEventListener('change', later);
    form.addEventListener('submit', function () { clearTimeout(timer); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-autosave]').forEach(start);
  });
})();
