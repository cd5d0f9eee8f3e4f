/*
 * Host-page script for the embedded map: keeps each map iframe as tall as its content.
 * It listens for {type: "belarus-map:resize", height} (or AMP's {sentinel: "amp", type:
 * "embed-size", height}) and resizes only the iframe whose window sent the message, and only
 * when the message comes from that iframe's own origin, and answers the first one with
 * {type: "belarus-map:autoHeight"}. Keep in sync with src/lib/embedProtocol.ts.
 */
(function () {
  'use strict';
  if (window.__belarusMapEmbed) return;
  window.__belarusMapEmbed = true;
  var greeted = new WeakSet();
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var resize =
      data.type === 'belarus-map:resize' || (data.sentinel === 'amp' && data.type === 'embed-size');
    var height = data.height;
    if (!resize || typeof height !== 'number' || !(height > 0 && height < 20000)) return;
    var frames = document.querySelectorAll('iframe[data-belarus-map]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, window.location.href).origin !== event.origin) return;
      frame.style.height = Math.ceil(height) + 'px';
      frame.setAttribute('height', String(Math.ceil(height)));
      // Tell the map once that its height is looked after: on a phone it then shows a country's
      // notes below the map, growing the frame, instead of over the map.
      if (!greeted.has(frame)) {
        greeted.add(frame);
        event.source.postMessage({ type: 'belarus-map:autoHeight' }, event.origin);
      }
      return;
    }
  });
})();
