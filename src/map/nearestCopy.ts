/**
 * The copy of longitude `lon`, among those 360° apart, nearest to the map's centre `centre`.
 *
 * MapLibre draws the world side by side, so a place near the antimeridian (Fiji, Tuvalu, Samoa)
 * is drawn in every copy, but `project` puts it where `lon` itself is: for a view centred at
 * 176°W, Tuvalu (179°E) lands a whole world off to the right while its dot sits in the middle of
 * the map. Projecting the nearest copy finds the one the reader sees.
 */
export function nearestCopy(lon: number, centre: number): number {
  return lon + 360 * Math.round((centre - lon) / 360);
}
