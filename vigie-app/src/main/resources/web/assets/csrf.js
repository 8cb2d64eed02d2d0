// Sends the session's CSRF token (from <meta name="csrf-token">) with every htmx request, and adds it
// to any POST form that lacks it. A static file: the Content-Security-Policy forbids inline scripts.
(function () {
  function token() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }
  document.addEventListener('htmx:configRequest', function (event) {
    var t = token();
    if (t) {
      event.detail.headers['X-CSRF-Token'] = t;
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    var t = token();
    if (!t) {
      return;
    }
    document.querySelectorAll('form[method="post"], form[method="POST"]').forEach(function (form) {
      if (!form.querySelector('input[name="_csrf"]')) {
        var input = document.createElement('input');
        input.type = 'hidden';
        input.name = '_csrf';
        input.value = t;
        form.appendChild(input);
      }
    });
  });
})();
