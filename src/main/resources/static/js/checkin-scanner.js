// 扫会员码: the phone's camera in the browser, decoded by html5-qrcode shipped with the app (it uses the browser's
// BarcodeDetector where there is one). A decoded member code fills the form and sends it; without a camera (or
// without this script) staff type the code from the printed card.
(function () {
  'use strict';
  var start = document.getElementById('scanner-start');
  var form = document.getElementById('member-code-form');
  var token = document.getElementById('token');
  var status = document.getElementById('scanner-status');
  var library = window.__Html5QrcodeLibrary__;
  if (!library || !start || !navigator.mediaDevices) {
    return;
  }
  start.hidden = false;
  start.addEventListener('click', function () {
    start.hidden = true;
    var scanner = new library.Html5Qrcode('scanner-view', {
      formatsToSupport: [library.Html5QrcodeSupportedFormats.QR_CODE],
      experimentalFeatures: {useBarCodeDetectorIfSupported: true},
      verbose: false
    });
    scanner.start({facingMode: 'environment'}, {fps: 10, qrbox: 240}, function (text) {
      scanner.stop().catch(function () { /* stopping a camera that already stopped */ }).then(function () {
        token.value = text;
        form.submit();
      });
    }, function () { /* no code in this frame yet */ }).catch(function () {
      status.textContent = start.getAttribute('data-no-camera');
      start.hidden = false;
    });
  });
}());
