/* hostcity venue maps: all venues coloured by functional area, or one venue on its page.
   With a tile server configured (HOSTCITY_MAP_TILES) it draws tiles; without one, the shipped
   schematic district outlines, so the map works on a closed network. */
(function () {
  "use strict";
  var settingsNode = document.getElementById("map-settings");
  if (!settingsNode || typeof L === "undefined") { return; }
  var settings = JSON.parse(settingsNode.textContent);
  var chinese = (document.documentElement.lang || "").toLowerCase().indexOf("zh") === 0;

  // Leaflet puts a string tooltip in as HTML: names go in as text, never as markup.
  function asText(text) {
    var span = document.createElement("span");
    span.textContent = text == null ? "" : String(text);
    return span;
  }

  function baseLayer(map) {
    if (settings.tiles) {
      L.tileLayer(settings.tiles, { maxZoom: 18, attribution: settings.attribution || "" }).addTo(map);
      return Promise.resolve();
    }
    return fetch(settings.outline).then(function (r) { return r.json(); }).then(function (outline) {
      var layer = L.geoJSON(outline, {
        style: { color: "#8a8a8a", weight: 1, fillColor: "#f4f1ea", fillOpacity: 0.9 },
        onEachFeature: function (feature, shape) {
          var p = feature.properties || {};
          shape.bindTooltip(asText(chinese ? p.name_zh : p.name_en), { permanent: false, direction: "center" });
        }
      }).addTo(map);
      map.attributionControl.addAttribution(outline.source || "schematic outline");
      return layer;
    });
  }

  function venueMarker(feature, latlng) {
    var p = feature.properties;
    return L.circleMarker(latlng, { radius: 7, color: "#222", weight: 1, fillColor: p.colour, fillOpacity: 0.95 });
  }

  function popup(feature, layer) {
    var p = feature.properties;
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = p.url; link.textContent = p.name;
    var other = document.createElement("div"); other.className = "other-name"; other.textContent = p.other_name;
    var meta = document.createElement("div"); meta.className = "small"; meta.textContent = [p.category, p.area].filter(Boolean).join(" · ");
    box.appendChild(link); box.appendChild(other); box.appendChild(meta);
    layer.bindPopup(box);
    layer.bindTooltip(asText(p.name));
  }

  var canvas = document.getElementById("venue-map");
  if (canvas) {
    var map = L.map(canvas, { preferCanvas: false }).setView(settings.centre, 9);
    baseLayer(map).then(function () {
      return fetch(canvas.dataset.geojson, { credentials: "same-origin" });
    }).then(function (r) { return r.json(); }).then(function (data) {
      (data.areas || []).forEach(function (area) {
        if (area.outline) { L.geoJSON(area.outline, { style: { color: area.colour, weight: 2, fillOpacity: 0.15 } }).addTo(map); }
      });
      var venues = L.geoJSON(data, { pointToLayer: venueMarker, onEachFeature: popup }).addTo(map);
      var bounds = venues.getBounds();
      if (data.features.length === 1 || (bounds.isValid() && bounds.getNorthEast().equals(bounds.getSouthWest()))) {
        map.setView(bounds.getCenter(), 13, { animate: false });  // one place: a bounds of no size
      } else if (data.features.length) {
        map.fitBounds(bounds.pad(0.1), { animate: false });
      }
      canvas.dataset.venues = String(data.features.length);
      canvas.classList.add("map-ready");
    });
  }

  var small = document.getElementById("venue-location");
  if (small) {
    var lat = parseFloat(small.dataset.lat), lon = parseFloat(small.dataset.lon);
    var one = L.map(small).setView([lat, lon], 12);
    baseLayer(one).then(function () {
      L.circleMarker([lat, lon], { radius: 9, color: "#222", weight: 1, fillColor: small.dataset.colour, fillOpacity: 1 })
        .addTo(one).bindTooltip(asText(small.dataset.name));
      small.classList.add("map-ready");
    });
  }
})();
