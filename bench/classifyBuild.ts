// Which built file counts as what in the byte figures, and their sums. Pure: the files are read
// and compressed in weighBuild.ts.

/** Bytes of a group of built files: raw, and each file gzipped (-9) on its own. */
export interface Weight {
  raw: number;
  gzip: number;
  files: string[];
}

/** The byte figures of one build (the app's or the baseline's). */
export interface Bytes {
  maplibre: Weight;
  own: Weight;
  css: Weight;
  geometry: Weight;
  data: Weight;
  /** Files in the build that no category counts (e.g. a script for host pages outside assets/). */
  uncounted: string[];
}

export type Category = Exclude<keyof Bytes, 'uncounted'>;

/**
 * Sorts a build's files (paths relative to the build, with '/') into the categories of the
 * table: MapLibre's chunk and worker, the data chunks (the dataset, the events), the app's own JS (every other JS in
 * assets/), CSS, and the geometry. JS, CSS and JSON files in none of them are `uncounted`.
 */
export function classifyBuild(files: readonly string[]): {
  groups: Record<Category, string[]>;
  uncounted: string[];
} {
  const isJs = (f: string) => /^assets\/[^/]+\.(js|mjs)$/.test(f);
  const isMaplibre = (f: string) =>
    /^assets\/maplibre-gl-worker-[^/]+\.mjs$/.test(f) || /^assets\/maplibre-[^/]+\.js$/.test(f);
  // The dataset and the events (src/data/events.json, a chunk of its own that the app loads after it has mounted).
  const isData = (f: string) => /^assets\/(data|events)-[^/]+\.js$/.test(f);
  const groups = {
    maplibre: files.filter((f) => isJs(f) && isMaplibre(f)),
    own: files.filter((f) => isJs(f) && !isMaplibre(f) && !isData(f)),
    css: files.filter((f) => /^assets\/[^/]+\.css$/.test(f)),
    geometry: files.filter((f) => f === 'world.topo.json'),
    data: files.filter((f) => isJs(f) && isData(f)),
  };
  const counted = new Set(Object.values(groups).flat());
  return { groups, uncounted: files.filter((f) => !counted.has(f) && /\.(m?js|css|json)$/.test(f)) };
}

/** The sum of every category (with no file list). */
export function totalWeight(bytes: Bytes): Weight {
  return [bytes.maplibre, bytes.own, bytes.css, bytes.geometry, bytes.data].reduce<Weight>(
    (sum, w) => ({ raw: sum.raw + w.raw, gzip: sum.gzip + w.gzip, files: [] }),
    { raw: 0, gzip: 0, files: [] },
  );
}
