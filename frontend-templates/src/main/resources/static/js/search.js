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
