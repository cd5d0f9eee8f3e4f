/** How close to the sheet's top edge a tapped place may sit and still count as in sight, in px. */
export const REVEAL_MARGIN = 32;

/**
 * How far to pan the map vertically (MapLibre's `panBy` y: positive moves the content up) so
 * that a place tapped at `y` (px from the map's top) is not hidden under a bottom sheet that
 * covers the lowest `covered` px of a map `height` px tall. A place already in sight, with
 * REVEAL_MARGIN to spare, stays where it is (0); a hidden one moves to the middle of the part
 * the sheet leaves visible, as a search result does. Only panning: the zoom is the reader's.
 */
export function revealAbove(y: number, height: number, covered: number): number {
  if (covered <= 0) return 0;
  const visible = Math.max(0, height - covered);
  if (y <= visible - REVEAL_MARGIN) return 0;
  return y - visible / 2;
}

/**
 * How far to pan the map sideways (MapLibre's `panBy` x: positive moves the content left) so that
 * a place at `x` (px from the map's left) is in sight in a map `width` px wide, with
 * REVEAL_MARGIN to spare: 0 when it is; else the distance that puts it in the middle. A notes
 * panel opened beside the map narrows it, and a place clicked near the map's right edge ends up
 * beyond the new edge (Fiji, at 1280 px). Only panning: the zoom is the reader's.
 */
export function revealInside(x: number, width: number): number {
  if (width <= 2 * REVEAL_MARGIN) return 0;
  if (x >= REVEAL_MARGIN && x <= width - REVEAL_MARGIN) return 0;
  return x - width / 2;
}
