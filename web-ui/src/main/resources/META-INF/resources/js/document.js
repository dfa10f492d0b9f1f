// Document reader: selecting a highlighted fact shows what was extracted in the panel's live region.
// Without this script the highlight is a plain link to the fact in the panel (and :target marks it).
(function () {
  'use strict';
  var selected = document.getElementById('selected-fact');
  if (!selected) {
    return;
  }
  function show(anchor) {
    var item = document.getElementById(anchor);
    if (!item) {
      return;
    }
    document.querySelectorAll('.fact-item.current').forEach(function (el) { el.classList.remove('current'); });
    item.classList.add('current');
    // textContent only: the fact's words never become markup.
    selected.textContent = 'Selected: ' + item.textContent.replace(/\s+/g, ' ').replace(/in the text.*$/, '').trim();
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a.fact');
    if (link && link.dataset.fact) {
      show(link.dataset.fact);
    }
  });
  if (location.hash.indexOf('#fact-') === 0) {
    show(location.hash.substring(1));
  }
}());
