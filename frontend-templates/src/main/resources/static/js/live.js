// Live availability (progressive enhancement: without JavaScript the pages work, they just
// do not update by themselves). Every element with data-availability follows that
// library's server-sent events; each event says how many places a slot has left, and the
// slot's card (data-slot-id) shows it, with its booking button disabled while none is
// left. When the server cannot be reached, the page says so (the .offline message is
// rendered hidden in the page's language) and EventSource reconnects by itself; the
// message goes away when the stream is open again.
(function () {
  if (!window.EventSource) {
    return;
  }
  var offline = document.querySelector('.offline');
  var streams = {};
  document.querySelectorAll('[data-availability]').forEach(function (element) {
    streams[element.getAttribute('data-availability')] = true;
  });
  function setOffline(down) {
    if (offline) {
      offline.hidden = !down;
    }
    document.documentElement.classList.toggle('is-offline', down);
  }
  function update(change) {
    document.querySelectorAll('[data-slot-id]').forEach(function (card) {
      if (card.getAttribute('data-slot-id') !== change.slotId) {
        return;
      }
      var remaining = card.querySelector('.remaining');
      if (remaining) {
        remaining.textContent = change.remaining > 0
          ? remaining.getAttribute('data-template').replace('#', change.remaining)
          : remaining.getAttribute('data-taken');
      }
      card.classList.toggle('taken', change.remaining <= 0);
      card.querySelectorAll('button, input').forEach(function (control) {
        if (control.type !== 'hidden') {
          control.disabled = change.remaining <= 0;
        }
      });
    });
  }
  function follow(url) {
    var source = new EventSource(url);
    sources = sources.filter(function (other) { return other.readyState !== EventSource.CLOSED; });
    sources.push(source);
    source.addEventListener('open', function () {
      // A stream opened just before the network went away does not mean it is back.
      setOffline(navigator.onLine === false);
      document.documentElement.setAttribute('data-live', 'open');
    });
    source.addEventListener('error', function () {
      setOffline(true);
      // A refused connection is retried by EventSource itself; an answer that is not a
      // stream (a proxy's error page) closes it for good, so start a new one.
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(function () {
          follow(url);
        }, 3000);
      }
    });
    source.addEventListener('slot', function (event) {
      setOffline(false);
      update(JSON.parse(event.data));
    });
  }
  var sources = [];
  Object.keys(streams).forEach(follow);
  window.addEventListener('online', function () {
    if (sources.every(function (source) { return source.readyState === EventSource.OPEN; })) {
      setOffline(false);
    }
  });
  window.addEventListener('offline', function () {
    setOffline(true);
  });
  // While the server cannot be reached, a booking would only end on the browser's own
  // error page: keep the person here, with the message in their language.
  document.addEventListener('submit', function (event) {
    if (document.documentElement.classList.contains('is-offline')) {
      event.preventDefault();
      if (offline) {
        offline.hidden = false;
        offline.focus && offline.setAttribute('tabindex', '-1');
        offline.focus();
      }
    }
  });
}());
