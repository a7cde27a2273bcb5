// Progressive enhancement of the search form: "use my location" fills the "near" field
// from the browser's position (only when the visitor asks), then searches nearest first.
// Without JavaScript the field can be typed as "lat,lon" or left empty.
(function () {
  'use strict';
  var button = document.getElementById('use-location');
  var near = document.getElementById('near');
  if (!button || !near || !('geolocation' in navigator)) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.geolocation.getCurrentPosition(function (position) {
      near.value = position.coords.latitude.toFixed(4) + ',' + position.coords.longitude.toFixed(4);
      var sort = document.getElementById('sort');
      if (sort) {
        sort.value = 'DISTANCE';
      }
      var radius = document.getElementById('radiusKm');
      if (radius && !radius.value) {
        radius.value = '10';
      }
      near.form.requestSubmit();
    });
  });
})();
// After a live search (htmx): the filters' counts follow the new results (the form itself
// is not swapped, so focus and the open list stay where they are); after a submit, focus
// moves to the result count, so a phone shows the results at once; every time, the count
// is said to screen readers through a status line.
(function () {
  'use strict';
  var form = document.getElementById('search');
  if (!form || !window.DOMParser) {
    return;
  }
  document.body.addEventListener('htmx:beforeSwap', function (event) {
    if (!event.detail.xhr || event.detail.xhr.status !== 200) {
      return;
    }
    var fresh = new DOMParser().parseFromString(event.detail.serverResponse, 'text/html').getElementById('search');
    if (!fresh) {
      return;
    }
    fresh.querySelectorAll('select[id] option').forEach(function (option) {
      var select = form.querySelector('#' + CSS.escape(option.parentElement.id));
      var mine = select && Array.prototype.find.call(select.options, function (o) { return o.value === option.value; });
      if (mine && mine.textContent !== option.textContent) {
        mine.textContent = option.textContent;
      }
    });
    fresh.querySelectorAll('label[for]').forEach(function (label) {
      var mine = form.querySelector('label[for="' + CSS.escape(label.getAttribute('for')) + '"]');
      if (mine && mine.textContent !== label.textContent) {
        mine.textContent = label.textContent;
      }
    });
  });
  document.body.addEventListener('htmx:afterSettle', function (event) {
    var heading = document.getElementById('results-heading');
    var status = document.getElementById('results-status');
    if (!heading) {
      return;
    }
    if (status) {
      status.textContent = heading.textContent;
    }
    var trigger = event.detail.requestConfig && event.detail.requestConfig.triggeringEvent;
    if (trigger && trigger.type === 'submit') {
      heading.focus();
    }
  });
}());
