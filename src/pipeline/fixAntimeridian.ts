import type { Geometry, Position } from 'geojson';

// Natural Earth rings that cross the antimeridian jump from +180 to -180 mid-ring, which
// MapLibre draws as a stripe across the whole map. Shifting each point by whole turns so
// that no step exceeds 180 degrees makes every ring continuous (longitudes may pass 180).
function fixRing(ring: Position[]): Position[] {
  // A ring around a pole (Antarctica) runs the full 360° and closes along the pole itself:
  // its step from +180 to -180 is an edge of the shape, not a wrap, so it stays as it is.
  if (ring.some(([, lat = 0]) => Math.abs(lat) > 89.9)) return ring;
  let offset = 0;
  let prev: number | undefined;
  return ring.map(([lon = 0, lat = 0]) => {
    if (prev !== undefined) {
      const step = lon + offset - prev;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    prev = lon + offset;
    return [prev, lat];
  });
}

/** The geometry with every polygon ring made continuous across the antimeridian. */
export function fixAntimeridian(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map(fixRing) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(fixRing)) };
    default:
      return geometry;
  }
}
