// Where a box shown at a point of the map goes (the tooltip, the list of places): beside the
// point, on the side where it fits within the box it is placed in (tooltipStart on each axis).
import { TOOLTIP_GAP, tooltipStart } from '../lib/tooltipPlace';

/**
 * The box's left and top for a point at (x, y) within its offset parent; until it can be measured
 * (no parent yet), just after the point.
 */
export function placeBeside(box: HTMLElement, x: number, y: number): { left: number; top: number } {
  const area = box.offsetParent;
  if (!area) return { left: x + TOOLTIP_GAP, top: y + TOOLTIP_GAP };
  // Its exact size: offsetWidth rounds down, and a fraction of a pixel past the edge still widens the page.
  const { width, height } = box.getBoundingClientRect();
  return { left: tooltipStart(x, width, area.clientWidth), top: tooltipStart(y, height, area.clientHeight) };
}
