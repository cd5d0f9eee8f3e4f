/**
 * A read-only hook the map puts on `window.__belarusMap` for the browser tests and the
 * benchmark: where a country is on screen, the current view, how often the geometry source has
 * been set (it must be once), and a wait for the map to settle.
 */
export interface MapHook {
  screenPosition(id: string): { x: number; y: number } | null;
  view(): { center: [number, number]; zoom: number };
  sourceSetCount(): number;
  /** Resolves once the map has stopped moving and drawn everything (MapLibre's idle). */
  settled(): Promise<void>;
}
