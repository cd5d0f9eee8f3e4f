export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * How many px of the map's bottom are covered by overlays that span its whole width (the notes
 * panel when it is a bottom sheet on small screens); an overlay beside the map covers nothing.
 */
export function coveredBelow(map: Box, overlays: Iterable<Box>): number {
  let covered = 0;
  for (const r of overlays) {
    if (r.left <= map.left + 1 && r.right >= map.right - 1 && r.top > map.top && r.top < map.bottom) {
      covered = Math.max(covered, map.bottom - r.top);
    }
  }
  return covered;
}
