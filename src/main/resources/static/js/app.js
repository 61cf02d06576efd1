// Small behaviours of the pages, here rather than in inline handlers so that the Content-Security-Policy can
// forbid inline scripts. A <select data-autosubmit> submits its form when the choice changes.
document.addEventListener('change', function (event) {
  var target = event.target;
  if (target instanceof HTMLSelectElement && target.hasAttribute('data-autosubmit') && target.form) {
    target.form.submit();
  }
});
// A <form data-confirm="question"> asks before it is sent (e.g. publishing results, which cannot be undone).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.hasAttribute('data-confirm') && !window.confirm(form.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
