import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapHook } from '../lib/mapHook';
import type { HitSurface } from './hitTest';
import { FILL_LAYER } from './mapStyle';
import { nearestCopy } from './nearestCopy';

/** Where `[lon, lat]` is drawn on the map: the copy of it nearest the centre (see nearestCopy). */
export function projectNearest(map: MapLibreMap, [lon, lat]: [number, number]): { x: number; y: number } {
  const { x, y } = map.project([nearestCopy(lon, map.getCenter().lng), lat]);
  return { x, y };
}

/** Hit testing's view of a MapLibre map: projection, and the country drawn at a pixel. */
export function hitSurface(map: MapLibreMap): HitSurface {
  return {
    project: (lngLat) => projectNearest(map, lngLat),
    codeAt(x, y) {
      const code = map.queryRenderedFeatures([x, y], { layers: [FILL_LAYER] })[0]?.properties?.code;
      return typeof code === 'string' ? code : null;
    },
  };
}

/** The read-only hook for the browser tests and the benchmark (src/lib/mapHook.ts). */
export function mapHook(
  map: MapLibreMap,
  screenPosition: MapHook['screenPosition'],
  sourceSetCount: () => number,
): MapHook {
  return {
    screenPosition,
    view: () => ({ center: map.getCenter().toArray() as [number, number], zoom: map.getZoom() }),
    sourceSetCount,
    settled: () =>
      new Promise<void>((resolve) => {
        if (!map.isMoving() && map.loaded()) resolve();
        else map.once('idle', () => resolve());
      }),
  };
}
