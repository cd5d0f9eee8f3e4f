// Where a tooltip goes beside the pointer, along one axis. Pure.

/** Gap between the pointer and the tooltip, in CSS px. */
export const TOOLTIP_GAP = 14;

/**
 * The tooltip's start (left or top) along an axis of `room` px, for a pointer at `at` and a
 * tooltip `size` px long: after the pointer where it fits, before it where that fits, and
 * otherwise against the far edge (over the pointer) rather than past it. Past the map's edge, a
 * tooltip widened a phone's page, cutting off the notes sheet.
 */
export function tooltipStart(at: number, size: number, room: number): number {
  if (at + TOOLTIP_GAP + size <= room) return at + TOOLTIP_GAP;
  if (at - TOOLTIP_GAP - size >= 0) return at - TOOLTIP_GAP - size;
  return Math.max(0, room - size);
}
