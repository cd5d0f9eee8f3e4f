/// <reference types="svelte" />
/// <reference types="vite/client" />

declare global {
  interface Window {
    /**
     * A read-only hook for the browser tests and the benchmark: where a country is on screen,
     * the current view, and how often the geometry source has been set (it must be once).
     */
    __belarusMap?: {
      screenPosition(id: string): { x: number; y: number } | null;
      view(): { center: [number, number]; zoom: number };
      sourceSetCount(): number;
      /** Resolves once the map has stopped moving and drawn everything (MapLibre's idle). */
      settled(): Promise<void>;
    };
  }
}

export {};
