// Kiosk idle reset (progressive enhancement: without JavaScript the kiosk works, it just
// does not reset). After 60 seconds without a touch, a key or typing, go back to the start
// screen named by data-idle-home, which also clears everything typed.
(function () {
  var main = document.querySelector('[data-idle-home]');
  if (!main) {
    return;
  }
  var home = main.getAttribute('data-idle-home');
  var timer;
  function restart() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      window.location.assign(home);
    }, 60000);
  }
  ['pointerdown', 'keydown', 'input', 'touchstart'].forEach(function (type) {
    document.addEventListener(type, restart, { passive: true });
  });
  restart();
}());
