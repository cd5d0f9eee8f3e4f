import { nearestPoint } from '../lib/nearestPoint';
import type { Anchor } from '../lib/nextInDirection';

/** A point within this many CSS px of the pointer wins over the polygon under it: a 24 px target. */
export const POINT_TARGET_RADIUS = 12;
/** Over the sea, the nearest small state within this many px is still found. */
export const POINT_NEAR_RADIUS = 20;
/**
 * Points no more than this many px further from the pointer than the nearest are as likely the
 * reader's aim: about a point's width, so two points drawn over each other (the Vatican and the
 * Order of Malta's seat in Rome, Bahrain and Qatar) are told apart by a choice, not by chance.
 */
export const POINT_AMBIGUITY = 6;

/** What hit testing needs of the map: where a place is on screen, and which country is drawn at a pixel. */
export interface HitSurface {
  project(lngLat: [number, number]): { x: number; y: number };
  codeAt(x: number, y: number): string | null;
}

/**
 * The state under the pointer at (x, y): a small state's point near it first (points are a few
 * pixels wide), then the polygon under it, then a point a little further away over the sea.
 */
export function hitTest(surface: HitSurface, points: readonly Anchor[], x: number, y: number): string | null {
  // Points are projected on each test (the view may have moved); the list of them is made once.
  const screen = points.map((a) => ({ id: a.id, ...surface.project([a.lon, a.lat]) }));
  return (
    nearestPoint(screen, x, y, POINT_TARGET_RADIUS) ??
    surface.codeAt(x, y) ??
    nearestPoint(screen, x, y, POINT_NEAR_RADIUS)
  );
}

/**
 * The small states a click at (x, y) may have aimed at, nearest first, when there is more than
 * one: every point within the target radius no more than POINT_AMBIGUITY px further than the
 * nearest. Empty when one point (or none) is the clear target.
 */
export function hitChoices(surface: HitSurface, points: readonly Anchor[], x: number, y: number): string[] {
  const near = points
    .map((a) => {
      const at = surface.project([a.lon, a.lat]);
      return { id: a.id, distance: Math.hypot(at.x - x, at.y - y) };
    })
    .filter((p) => p.distance <= POINT_TARGET_RADIUS)
    .sort((a, b) => a.distance - b.distance);
  const nearest = near[0]?.distance ?? 0;
  const choices = [...new Set(near.filter((p) => p.distance <= nearest + POINT_AMBIGUITY).map((p) => p.id))];
  return choices.length > 1 ? choices : [];
}
