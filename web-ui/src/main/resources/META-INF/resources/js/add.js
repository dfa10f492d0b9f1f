// Add an article: follows the article until it is in the catalog, updating the page in place.
// Without this script the page refreshes itself (a <noscript> meta refresh).
(function () {
  'use strict';
  var box = document.getElementById('progress');
  if (!box || box.dataset.done === 'true') {
    return;
  }
  var url = box.dataset.statusUrl;
  var message = document.getElementById('progress-message');
  var linkHolder = document.getElementById('progress-link');
  var heading = document.querySelector('h1');
  var polls = 0;

  function render(p) {
    for (var i = 1; i <= 3; i++) {
      document.getElementById('step-' + i).classList.toggle('step-done', p.done ? true : (i === 1 || (i === 2 && p.state === 'published')));
    }
    if (message.textContent !== p.message) {
      message.textContent = p.message;
    }
    if (p.done) {
      var a = document.createElement('a');
      a.href = p.href;
      a.textContent = 'Read \u201c' + p.title + '\u201d';
      linkHolder.replaceChildren(a);
      heading.textContent = 'Article added';
      document.title = 'Article added \u00b7 Summit Tracker';
      var hint = box.querySelector('.meta');
      if (hint) {
        hint.remove();
      }
    }
  }

  function poll() {
    polls++;
    fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (p) {
          render(p);
        }
        if (!(p && p.done) && polls < 600) {
          setTimeout(poll, polls < 30 ? 1000 : 3000);
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 500);
}());
