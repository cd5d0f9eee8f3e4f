// What one load of the app or of the baseline measures, as written to bench/results.json.

/** Milestones of a load, in ms from navigation start. */
export interface Timeline {
  domContentLoaded: number;
  geometryRequest: number;
  geometryResponseEnd: number;
  firstIdle: number;
}
/** A change until the map is drawn (bench/harness.js): null when no map frame was drawn. */
export interface Settle {
  settled: number | null;
  twoRaf: number;
  pageFrames: number;
}
/** Renderer CPU time in ms (CDP Performance.getMetrics): its main thread, and the whole process. */
export interface Cpu {
  cpuThread: number;
  cpuProcess: number;
}
export interface SliderStep extends Settle, Cpu {
  year: number;
}
export interface Play {
  frames: number;
  duration: number;
  longest: number;
  pageFrames: number;
}
export interface Click {
  id: string;
  name: string;
  dom: number;
  frame: number;
}
export interface Recolour extends Settle, Cpu {
  idle: number;
}

export interface AppRun {
  firstIdle: number;
  /** The first paint that shows the map: index.html's SVG map (NaN when the page has none). */
  firstMapPaint: number;
  timeline: Timeline;
  cpuAtFirstIdle: Cpu;
  map: { width: number; height: number; center: [number, number]; zoom: number };
  loaded: { file: string; bytes: number }[];
  heapAfterLoad: number;
  heapAfterPlay: number[];
  plays: Play[];
  sourceSetCount: number;
  slider: SliderStep[];
  clicks: Click[];
  errors: string[];
}
export interface BaselineRun {
  firstIdle: number;
  timeline: Timeline;
  cpuAtFirstIdle: Cpu;
  recolours: Recolour[];
  errors: string[];
}
