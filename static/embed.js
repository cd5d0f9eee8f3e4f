/*
 * Host-page script for the embedded map: keeps each map iframe as tall as its content.
 * It listens for {type: "belarus-map:resize", height} (or AMP's {sentinel: "amp", type:
 * "embed-size", height}) and resizes only the iframe whose window sent the message, and only
 * when the message comes from that iframe's own origin, and answers the first one with
 * {type: "belarus-map:autoHeight"}; on {type: "belarus-map:reveal", top} (the reader opened notes
 * below the map) it scrolls that point of the frame into sight. Keep in sync with src/lib/embedProtocol.ts.
 */
(function () {
  'use strict';
  if (window.__belarusMapEmbed) return;
  window.__belarusMapEmbed = true;
  var greeted = new WeakSet();
  /** The map iframe whose window sent this message, if it came from that iframe's origin. */
  function frameOf(event) {
    var frames = document.querySelectorAll('iframe[data-belarus-map]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      return new URL(frame.src, window.location.href).origin === event.origin ? frame : null;
    }
    return null;
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    // The reader opened a country's notes below the map: scroll them into sight if they are not.
    if (data.type === 'belarus-map:reveal') {
      var top = data.top;
      var target = typeof top === 'number' && top >= 0 && top < 20000 ? frameOf(event) : null;
      if (!target) return;
      var y = target.getBoundingClientRect().top + top;
      // In the upper part of the window already: the reader sees them open.
      if (y >= 0 && y <= window.innerHeight * 0.6) return;
      // At once, as pym.js does: nothing on the host page can interrupt it half-way.
      window.scrollBy(0, y - 16);
      return;
    }
    var resize =
      data.type === 'belarus-map:resize' || (data.sentinel === 'amp' && data.type === 'embed-size');
    var height = data.height;
    if (!resize || typeof height !== 'number' || !(height > 0 && height < 20000)) return;
    var frame = frameOf(event);
    if (!frame) return;
    frame.style.height = Math.ceil(height) + 'px';
    frame.setAttribute('height', String(Math.ceil(height)));
    // Tell the map once that its height is looked after: on a phone it then shows a country's
    // notes below the map, growing the frame, instead of over the map.
    if (!greeted.has(frame)) {
      greeted.add(frame);
      event.source.postMessage({ type: 'belarus-map:autoHeight' }, event.origin);
    }
  });
})();
