// Cutting a shape along a parallel, for a border that is one: the geometry (Natural Earth's
// de facto view) draws the part of Western Sahara that Morocco administers inside Morocco, while
// the border between the two, which the map shows, runs along 27°40′N. Pure.
import type { Position } from 'geojson';

export type Side = 'north' | 'south';

/**
 * The part of a closed ring on one side of the parallel `lat` (a point on it counts as north),
 * by Sutherland–Hodgman clipping against the half-plane, or null when none of it lies there.
 * Both sides compute each crossing from the same edge in the same order, so the two halves
 * share the cut's points exactly (and TopoJSON finds the shared border). A ring that crosses
 * the parallel more than twice would come back joined along it, so it is refused.
 */
export function clipRingAtParallel(ring: readonly Position[], lat: number, side: Side): Position[] | null {
  const open = ring.slice(0, -1);
  const inside = (p: Position) => (side === 'north' ? p[1]! >= lat : p[1]! < lat);
  const out: Position[] = [];
  let crossings = 0;
  let prev = open[open.length - 1]!;
  for (const cur of open) {
    if (inside(cur) !== inside(prev)) {
      crossings++;
      const t = (lat - prev[1]!) / (cur[1]! - prev[1]!);
      out.push([prev[0]! + t * (cur[0]! - prev[0]!), lat]);
    }
    if (inside(cur)) out.push(cur);
    prev = cur;
  }
  if (crossings > 2)
    throw new Error(`a ring crosses ${lat}° ${crossings} times; only a single cut is supported`);
  if (out.length < 3) return null;
  return [...out, out[0]!];
}
