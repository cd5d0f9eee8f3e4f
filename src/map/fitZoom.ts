// The zoom at which a state's main landmass fits the part of the map a reader can see. Pure.
import type { Geometry, Position } from 'geojson';

/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_PX = 512;

/** Web Mercator x and y of a position, each 0–1 across the world. */
function mercator([lon, lat]: Position): [number, number] {
  const phi = (Math.max(-85.05, Math.min(85.05, lat!)) * Math.PI) / 180;
  return [(lon! + 180) / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

/** The planar area of a ring in degrees (its size only ranks the polygons). */
function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return Math.abs(sum) / 2;
}

/** The outer ring of the largest polygon: the landmass a state's anchor sits on (Greenland, not its islands); empty for no polygon. */
export function mainRing(geometry: Geometry): Position[] {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  let best: Position[] = [];
  for (const [outer] of polygons) if (outer && ringArea(outer) > ringArea(best)) best = outer;
  return best;
}

/**
 * The highest zoom at which `ring` fits, with `margin` px on each side, in a view of `width` ×
 * `height` px centred on `center` (lon, lat). The view stays centred on the anchor, so the fit
 * takes the ring's farther extent from it on each axis.
 */
export function fitZoom(
  ring: readonly Position[],
  center: [number, number],
  width: number,
  height: number,
  margin = 16,
): number {
  const [cx, cy] = mercator(center);
  let dx = 0;
  let dy = 0;
  for (const p of ring) {
    const [x, y] = mercator(p);
    dx = Math.max(dx, Math.abs(x - cx));
    dy = Math.max(dy, Math.abs(y - cy));
  }
  const room = (px: number) => Math.max(1, px / 2 - margin);
  const scale = Math.min(dx > 0 ? room(width) / dx : Infinity, dy > 0 ? room(height) / dy : Infinity);
  return Number.isFinite(scale) ? Math.log2(scale / WORLD_PX) : Infinity;
}

/**
 * The zoom the map flies to for a state drawn as a shape: close enough to see it (2.5, or the
 * reader's own zoom when closer), but never so close that its main landmass is cut off. Greenland
 * on a phone needed zoom 1.1; at 2.5 only its middle was in view.
 */
export function shapeZoom(current: number, fit: number, near = 2.5): number {
  return Math.min(Math.max(current, near), fit);
}
