// The site menu (a <details>): folded on small screens, open on wide ones. CSS already
// shows it on wide screens without JavaScript; this keeps the element's state (and so
// what a screen reader is told) the same as what is seen.
(function () {
  'use strict';
  var menu = document.querySelector('details.menu');
  if (!menu || !window.matchMedia) {
    return;
  }
  var wide = window.matchMedia('(min-width: 48em)');
  function follow() {
    menu.open = wide.matches;
  }
  follow();
  if (wide.addEventListener) {
    wide.addEventListener('change', follow);
  }
}());
