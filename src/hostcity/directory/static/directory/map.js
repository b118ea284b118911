/* The directory's map: the entries found (and the place searched near), on the configured tiles or,
   without a tile server, on the shipped schematic district outlines. */
(function () {
  "use strict";
  var box = document.getElementById("directory-map");
  var settingsNode = document.getElementById("map-settings");
  if (!box || !settingsNode || typeof L === "undefined") { return; }
  var settings = JSON.parse(settingsNode.textContent);
  var markers = JSON.parse(document.getElementById("map-markers").textContent);
  var map = L.map(box).setView(settings.centre, 10);
  var base = settings.tiles
    ? Promise.resolve(L.tileLayer(settings.tiles, { maxZoom: 18, attribution: settings.attribution || "" }).addTo(map))
    : fetch(settings.outline).then(function (r) { return r.json(); }).then(function (outline) {
        return L.geoJSON(outline, { style: { color: "#6c757d", weight: 1, fillColor: "#f4f1ea", fillOpacity: 0.9 } }).addTo(map);
      });
  base.then(function () {
    var layer = L.featureGroup();
    markers.forEach(function (m) {
      var marker = L.circleMarker([m.lat, m.lon], {
        radius: m.place ? 9 : 7, color: "#222", weight: 1, fillColor: m.place ? "#ffbf47" : "#0a58ca", fillOpacity: 0.95
      });
      if (m.url) {
        var link = document.createElement("a"); link.href = m.url; link.textContent = m.name;
        marker.bindPopup(link);
      }
      var tip = document.createElement("span"); tip.textContent = m.name; // as text: Leaflet reads a string as HTML
      marker.bindTooltip(tip);
      layer.addLayer(marker);
    });
    layer.addTo(map);
    if (markers.length) { map.fitBounds(layer.getBounds().pad(0.2), { animate: false, maxZoom: 15 }); }
    box.dataset.markers = String(markers.length);
  });
})();
