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
// An <input data-filter-select="id"> narrows that <select> to the options whose text contains what was typed,
// without regard to Vietnamese diacritics or case ("ha noi" finds "Hà Nội"); the chosen option always stays.
(function () {
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }
  // An <input data-filter-list="id"> does the same for a list: in that element, each [data-filter-item] shows when its
  // text or its [data-filter-group]'s [data-filter-label] contains what was typed; a group with none shown hides, and
  // [data-filter-empty] shows when nothing is left.
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute('data-filter-list')) return;
    var list = document.getElementById(input.getAttribute('data-filter-list'));
    if (!list) return;
    var wanted = fold(input.value.trim()), left = 0;
    Array.prototype.forEach.call(list.querySelectorAll('[data-filter-group]'), function (group) {
      var label = group.querySelector('[data-filter-label]');
      var groupMatches = wanted === '' || (label && fold(label.textContent).indexOf(wanted) >= 0);
      var shown = 0;
      Array.prototype.forEach.call(group.querySelectorAll('[data-filter-item]'), function (item) {
        var match = groupMatches || fold(item.textContent).indexOf(wanted) >= 0;
        item.hidden = !match;
        if (match) shown++;
      });
      group.hidden = shown === 0;
      left += shown;
    });
    var empty = list.querySelector('[data-filter-empty]');
    if (empty) empty.hidden = left > 0;
  });
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute('data-filter-select')) return;
    var select = document.getElementById(input.getAttribute('data-filter-select'));
    if (!select) return;
    var wanted = fold(input.value.trim());
    Array.prototype.forEach.call(select.querySelectorAll('optgroup'), function (group) {
      var shown = 0;
      Array.prototype.forEach.call(group.querySelectorAll('option'), function (option) {
        var match = wanted === '' || option.selected || fold(option.textContent).indexOf(wanted) >= 0 || fold(group.label).indexOf(wanted) >= 0;
        option.hidden = !match;
        if (match) shown++;
      });
      group.hidden = shown === 0;
    });
  });
})();
// A <table data-stack> stacks its cells on phones (app.css); each cell is labelled with its column's header here.
document.addEventListener('DOMContentLoaded', function () {
  Array.prototype.forEach.call(document.querySelectorAll('table[data-stack]'), function (table) {
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) {
        if (!cell.hasAttribute('data-label') && headers[i]) cell.setAttribute('data-label', headers[i]);
      });
    });
  });
});
