export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Anchor {
  id: string;
  lon: number;
  lat: number;
}

const VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, 1],
  down: [0, -1],
};

/**
 * The country to move keyboard focus to from `fromId` when an arrow key is pressed: the
 * nearest anchor within 30° of that direction (so Left from Belarus is Poland, not Lithuania),
 * unless one within 60° costs less than two thirds as much (Left from New Zealand is Australia,
 * not Mauritius across an ocean; Left from France is Spain, not the United States); where both
 * cones are empty, the nearest within 80° (Down from Australia is New Zealand). The cost is the
 * distance along the arrow plus twice the distance across it.
 */
export function nextInDirection(
  anchors: readonly Anchor[],
  fromId: string,
  direction: Direction,
): string | null {
  const from = anchors.find((a) => a.id === fromId);
  if (!from) return anchors[0]?.id ?? null;
  const narrow = nearestInCone(anchors, from, direction, 30);
  const wide = nearestInCone(anchors, from, direction, 60);
  if (narrow && wide && wide.cost * 1.5 < narrow.cost) return wide.id;
  return (narrow ?? wide ?? nearestInCone(anchors, from, direction, 80))?.id ?? null;
}

interface Candidate {
  id: string;
  /** Distance along the arrow plus twice the distance across it, in scaled degrees. */
  cost: number;
}

function nearestInCone(
  anchors: readonly Anchor[],
  from: Anchor,
  direction: Direction,
  halfAngle: number,
): Candidate | null {
  const [dx, dy] = VECTORS[direction];
  const slope = Math.tan((halfAngle * Math.PI) / 180);
  // Longitude degrees shrink towards the poles; scale them so distances are roughly true.
  const k = Math.cos((from.lat * Math.PI) / 180);
  let best: Candidate | null = null;
  let bestCost = Infinity;
  for (const a of anchors) {
    // Stryker disable next-line ConditionalExpression: without it, `from` has along = 0 and is skipped below anyway.
    if (a.id === from.id) continue;
    let lonStep = a.lon - from.lon;
    if (lonStep > 180) lonStep -= 360;
    if (lonStep < -180) lonStep += 360;
    const x = lonStep * k;
    const y = a.lat - from.lat;
    const along = x * dx + y * dy;
    const across = Math.abs(x * dy - y * dx);
    if (along <= 0 || across > along * slope) continue;
    const cost = along + 2 * across;
    if (cost < bestCost) {
      bestCost = cost;
      best = { id: a.id, cost };
    }
  }
  return best;
}
