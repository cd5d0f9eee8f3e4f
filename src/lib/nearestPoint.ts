export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/**
 * The point nearest to (x, y) within `radius` CSS pixels, or null. Small states are drawn as
 * points a few pixels wide; this gives each a target of at least 2 × radius.
 */
export function nearestPoint(
  points: Iterable<ScreenPoint>,
  x: number,
  y: number,
  radius: number,
): string | null {
  let best: string | null = null;
  let bestDistance = radius * radius;
  for (const p of points) {
    const d = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d <= bestDistance) {
      best = p.id;
      bestDistance = d;
    }
  }
  return best;
}
