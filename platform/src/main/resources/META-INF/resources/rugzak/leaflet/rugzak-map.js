/*
 * Rugzak's map (/kaart): Leaflet with the tile source the server names, markers loaded per view from the tenant's
 * own /kaart/markers.json (clustered by the server when there are many). Text only through textContent: titles are
 * content. The list on the page says everything the map shows; when tiles fail, a note points to that list.
 */
(function () {
    'use strict';

    function text(tag, value) {
        var el = document.createElement(tag);
        el.textContent = value;
        return el;
    }

    function popup(marker) {
        var box = document.createElement('div');
        if (!marker.link) {
            box.appendChild(text('strong', marker.title));
            if (marker.address) {
                box.appendChild(text('div', marker.address));
            }
            return box;
        }
        var link = document.createElement('a');
        // Only the site's own paths: a marker never links elsewhere.
        link.href = typeof marker.link === 'string' && marker.link.charAt(0) === '/' ? marker.link : '#';
        link.textContent = marker.title;
        box.appendChild(link);
        if (marker.address) {
            box.appendChild(text('div', marker.address));
        }
        return box;
    }

    function start(el) {
        if (!el || el.rugzakMap || typeof L === 'undefined') {
            return;
        }
        // Leaflet guesses its marker images' folder from leaflet.css, which may not have been applied yet when the
        // page's first answer already carries the map (eager server load): a wrong guess leaves invisible markers.
        L.Icon.Default.imagePath = '/rugzak/leaflet/images/';
        var map = L.map(el, {keyboard: true, zoomControl: true}).setView([52.2, 5.3], 8);
        // The page's first answer may carry the map before the stylesheets have given it its size (eager server
        // load): Leaflet then places everything for a box of 0 by 0. Measure again once the page has its layout.
        if (document.readyState !== 'complete') {
            window.addEventListener('load', function () {
                map.invalidateSize();
            });
        }
        el.rugzakMap = map;
        var failed = false;
        L.tileLayer(el.dataset.tiles, {
            maxZoom: 19,
            attribution: el.dataset.attribution
        }).on('tileerror', function () {
            if (!failed) {
                failed = true;
                var note = text('p', el.dataset.tilesFailed);
                note.className = 'rugzak-map-note';
                el.parentNode.insertBefore(note, el);
            }
        }).addTo(map);
        var layer = L.layerGroup().addTo(map);
        if (el.dataset.point) {
            // One item's own place: one marker, nothing to load.
            var at = el.dataset.point.split(',').map(Number);
            L.marker(at, {title: el.dataset.title, alt: el.dataset.title, keyboard: true})
                .bindPopup(popup({title: el.dataset.title, address: el.dataset.address, link: null})).addTo(layer);
            map.invalidateSize();
            map.setView(at, 16);
            return;
        }
        if (el.dataset.pick) {
            // Choosing a place: a click (or Enter on the focused map, for its centre) puts the marker there and tells
            // the server; the form's address field and the line under the map say the same in words.
            el.rugzakLayer = layer;
            var pick = function (latlng) {
                place(el, latlng.lat, latlng.lng);
                el.dispatchEvent(new CustomEvent('rugzak-pick', {detail: {lat: latlng.lat, lon: latlng.lng}}));
            };
            map.on('click', function (e) {
                pick(e.latlng);
            });
            el.addEventListener('keydown', function (e) {
                if (e.key === 'Enter' && e.target === el) {
                    e.preventDefault();
                    pick(map.getCenter());
                }
            });
            if (el.rugzakPending) {
                place(el, el.rugzakPending[0], el.rugzakPending[1]);
            }
            return;
        }
        var first = true;
        var pending = null;

        function load() {
            if (pending) {
                pending.abort();
            }
            pending = new AbortController();
            var url = el.dataset.markers + '?bbox=' + encodeURIComponent(map.getBounds().toBBoxString());
            fetch(url, {credentials: 'same-origin', signal: pending.signal})
                .then(function (response) {
                    return response.ok ? response.json() : null;
                })
                .then(function (view) {
                    if (!view) {
                        return;
                    }
                    layer.clearLayers();
                    var points = [];
                    var atSpot = {};
                    view.markers.forEach(function (m) {
                        points.push([m.lat, m.lon]);
                        var options = {title: m.title, alt: m.title, keyboard: true};
                        // Places on one spot (points kept at street level often are) stand side by side, so each
                        // can be seen, clicked and shown with focus; the list says the same in words.
                        var spot = m.lat + ',' + m.lon;
                        var before = atSpot[spot] || 0;
                        atSpot[spot] = before + 1;
                        if (before > 0) {
                            options.icon = new L.Icon.Default({iconAnchor: [12 - 28 * before, 41], popupAnchor: [1 + 28 * before, -34]});
                        }
                        L.marker([m.lat, m.lon], options).bindPopup(popup(m)).addTo(layer);
                    });
                    view.clusters.forEach(function (c) {
                        var label = el.dataset.clusterLabel.replace('{0}', String(c.count));
                        var icon = L.divIcon({className: 'rugzak-map-cluster', html: '', iconSize: [40, 40]});
                        var cluster = L.marker([c.lat, c.lon], {icon: icon, title: label, alt: label, keyboard: true});
                        cluster.on('add', function () {
                            var node = cluster.getElement();
                            node.textContent = String(c.count);
                            node.setAttribute('aria-label', label);
                        });
                        cluster.on('click', function () {
                            map.setView([c.lat, c.lon], Math.min(map.getZoom() + 2, 19));
                        });
                        cluster.addTo(layer);
                    });
                    // The first view shows every place there is (a municipality's places lie close together).
                    if (first && points.length > 0) {
                        first = false;
                        map.invalidateSize();
                        map.fitBounds(points, {maxZoom: 15, padding: [24, 24]});
                    }
                })
                .catch(function () {
                    // An aborted or failed request leaves the previous markers; the list still has them all.
                });
        }

        map.on('moveend', load);
        load();
    }

    function show(el, lat, lon) {
        start(el);
        if (el && el.rugzakMap) {
            el.rugzakMap.setView([lat, lon], 16);
            el.focus();
        }
    }

    function place(el, lat, lon) {
        if (!el) {
            return;
        }
        if (!el.rugzakMap) {
            el.rugzakPending = lat === null ? null : [lat, lon];
            return;
        }
        el.rugzakLayer.clearLayers();
        if (lat !== null && lat !== undefined) {
            L.marker([lat, lon], {keyboard: false}).addTo(el.rugzakLayer);
            el.rugzakMap.setView([lat, lon], Math.max(el.rugzakMap.getZoom(), 16));
        }
    }

    window.rugzakMap = {start: start, show: show, place: place};
    var waiting = document.getElementById('rugzak-map');
    if (waiting) {
        start(waiting);
    }
})();
