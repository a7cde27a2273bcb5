// Issue 12: maps as a progressive enhancement, only when the server names a tile source.
// - [data-map="results"]: a map of the search results (cards with data-lat/data-lon);
//   the list stays the result, the map repeats it and follows live (htmx) searches.
// - [data-place-picker]: a map under a place's address fields; clicking it sets the
//   form's lat/lon (hidden fields) so the place is exact; without it the address is used.
// Leaflet (a WebJar, served by this application) is loaded only when a page has a map.
(function () {
  'use strict';
  var script = document.currentScript;
  var results = document.querySelector('[data-map="results"]');
  var pickers = document.querySelectorAll('[data-place-picker]');
  if (!script || (!results && pickers.length === 0)) {
    return;
  }
  var settings = script.dataset;
  var base = settings.leaflet;

  function load(then) {
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = base + 'leaflet.css';
    document.head.appendChild(css);
    var js = document.createElement('script');
    js.src = base + 'leaflet.js';
    js.onload = then;
    document.head.appendChild(js);
  }

  function tiles(map) {
    L.tileLayer(settings.tileUrl, {
      maxZoom: parseInt(settings.maxZoom || '18', 10),
      attribution: settings.attribution
    }).addTo(map);
    map.attributionControl.setPrefix(false);
  }

  function resultsMap(element) {
    var map = L.map(element, { scrollWheelZoom: false }).setView([65, 13], 4);
    tiles(map);
    var layer = L.layerGroup().addTo(map);
    element.dataset.ready = 'true';
    function draw() {
      layer.clearLayers();
      // One marker per place (many activities share a municipality's point). Markers are
      // pictures, not controls: the list below is the way to each activity, so the map
      // adds no small, overlapping touch targets and no extra tab stops.
      var places = {};
      document.querySelectorAll('#results li[data-lat][data-lon]').forEach(function (card) {
        var lat = parseFloat(card.dataset.lat);
        var lon = parseFloat(card.dataset.lon);
        if (isNaN(lat) || isNaN(lon)) {
          return;
        }
        var key = lat.toFixed(4) + ',' + lon.toFixed(4);
        var link = card.querySelector('h3 a');
        (places[key] = places[key] || { at: [lat, lon], titles: [] }).titles.push(link ? link.textContent : '');
      });
      var points = [];
      Object.keys(places).forEach(function (key) {
        var place = places[key];
        L.marker(place.at, { alt: place.titles.join('; '), interactive: false, keyboard: false }).addTo(layer);
        points.push(place.at);
      });
      element.dataset.markers = String(points.length);
      if (points.length > 0) {
        map.fitBounds(points, { maxZoom: 13, padding: [24, 24] });
      }
    }
    draw();
    document.body.addEventListener('htmx:afterSettle', draw);
  }

  function picker(fieldset) {
    var form = fieldset.closest('form');
    function hidden(name) {
      var input = form.querySelector('input[type="hidden"][name="' + name + '"]');
      if (!input) {
        input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        form.appendChild(input);
      }
      return input;
    }
    var hint = document.createElement('p');
    hint.className = 'small';
    hint.id = 'place-picker-hint';
    hint.textContent = settings.pickerHint;
    var element = document.createElement('div');
    element.className = 'map';
    element.setAttribute('role', 'group');
    element.setAttribute('aria-label', settings.pickerLabel);
    element.setAttribute('aria-describedby', hint.id);
    fieldset.appendChild(hint);
    fieldset.appendChild(element);
    var map = L.map(element).setView([65, 13], 4);
    tiles(map);
    var marker = null;
    map.on('click', function (event) {
      var lat = event.latlng.lat.toFixed(5);
      var lon = event.latlng.lng.toFixed(5);
      hidden('lat').value = lat;
      hidden('lon').value = lon;
      if (marker) {
        marker.setLatLng(event.latlng);
      } else {
        marker = L.marker(event.latlng, { alt: settings.markerLabel, title: settings.markerLabel }).addTo(map);
      }
    });
    element.dataset.ready = 'true';
  }

  load(function () {
    if (results) {
      resultsMap(results);
    }
    pickers.forEach(picker);
  });
})();
