// 签到大屏: polls the live state every few seconds; swaps the QR code when its slot changes (a fresh image is asked
// for with the slot in its address, so no cache serves the old one) and refreshes the count and the names.
(function () {
  'use strict';
  var body = document.body;
  var liveUrl = body.getAttribute('data-live');
  var imageUrl = body.getAttribute('data-image');
  var slot = body.getAttribute('data-slot');
  var image = document.getElementById('checkin-code');
  var count = document.getElementById('checkin-count');
  var names = document.getElementById('checkin-names');
  var closed = document.getElementById('checkin-closed');
  var POLL_MS = 3000;

  function show(live) {
    if (String(live.slot) !== slot) {
      slot = String(live.slot);
      image.src = imageUrl + '?s=' + encodeURIComponent(slot);
    }
    count.textContent = live.figures.checkedIn;
    closed.hidden = live.open;
    var items = document.createDocumentFragment();
    live.latest.forEach(function (entry) {
      var li = document.createElement('li');
      var name = document.createElement('span');
      name.textContent = entry.name;
      var unit = document.createElement('small');
      unit.textContent = entry.unitName;
      li.appendChild(name);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(unit);
      items.appendChild(li);
    });
    names.replaceChildren(items);
  }

  function poll() {
    fetch(liveUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (live) { if (live) { show(live); } })
      .catch(function () { /* the venue's network may drop for a moment: the next poll tries again */ })
      .then(function () { setTimeout(poll, POLL_MS); });
  }

  setTimeout(poll, POLL_MS);
}());
