import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// MapLibre 6 runs its worker from a file of its own; Vite copies it into the build with a
// hashed name, so it is served from the page's origin (CSP: worker-src 'self').
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Palette } from '../lib/palette';
import type { View } from './defaultView';
import { mapStyle } from './mapStyle';

maplibregl.setWorkerUrl(workerUrl);

/**
 * The MapLibre map, set up for this app: no fades or transitions (a recolour costs one frame),
 * no rotation or pitch, no attribution control (the app shows its own), and keyboard handling
 * left to the map's container (MapView's onkeydown), so the canvas stays out of the tab order
 * and out of the accessibility tree.
 */
export function createMap(container: HTMLElement, palette: Palette, view: View): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style: mapStyle(palette),
    center: view.center,
    zoom: view.zoom,
    minZoom: 0,
    maxZoom: 8,
    fadeDuration: 0,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    keyboard: false,
    renderWorldCopies: true,
    // The style is the app's own, checked against MapLibre's style specification by the unit
    // tests (mapStyle.test.ts); validating it again here is a long task on every page load.
    validateStyle: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  const canvas = map.getCanvas();
  // Not focusable at all (MapLibre makes it a tab stop): a click then focuses the map's own
  // element, which has its name and role, not a canvas that screen readers are told to skip.
  canvas.removeAttribute('tabindex');
  canvas.removeAttribute('aria-label');
  canvas.setAttribute('aria-hidden', 'true');
  return map;
}
