// The benchmark's baseline: bare MapLibre drawing the app's geometry file with the same kind of
// style (two GeoJSON sources with promoteId 'code'; background, fill, line and circle layers
// coloured by feature state; no fade, no transitions) and nothing else around it.
//
// Query parameters (all optional) make it draw what the app draws: w and h, the map's size in
// CSS px (default: the whole window); lng, lat and z, the view (default: the app's world view).
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

declare global {
  interface Window {
    /** Read by bench/harness.js: recolours every state and resolves, at the next 'idle', with the ms it took. */
    __baseline?: { recolourAll(): Promise<number> };
  }
}

const CLASSES = ['y0', 'y1', 'y2', 'y3', 'y4', 'y5', 'y6', 'subject', 'notyet', 'undated', 'none', 'nodata'];
const COLOURS = [
  '#08306b',
  '#2171b5',
  '#4292c6',
  '#6baed6',
  '#9ecae1',
  '#c6dbef',
  '#deebf7',
  '#b2182b',
  '#f4e7c5',
  '#bdbdbd',
  '#7f7f7f',
  '#ececec',
];
const classColour = [
  'match',
  ['coalesce', ['feature-state', 'cls'], 'nodata'],
  ...CLASSES.flatMap((cls, i) => [cls, COLOURS[i] ?? '#000000']),
  '#ececec',
] as unknown as maplibregl.ExpressionSpecification;

const params = new URLSearchParams(window.location.search);
const number = (name: string): number | null => {
  const value = params.get(name);
  return value === null || value === '' || !Number.isFinite(Number(value)) ? null : Number(value);
};

const container = document.getElementById('map')!;
const width = number('w');
const height = number('h');
if (width) container.style.width = `${width}px`;
if (height) container.style.height = `${height}px`;

maplibregl.setWorkerUrl(workerUrl);

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const map = new maplibregl.Map({
  container,
  style: {
    version: 8,
    transition: { duration: 0, delay: 0 },
    sources: {
      countries: { type: 'geojson', data: empty, promoteId: 'code' },
      points: { type: 'geojson', data: empty, promoteId: 'code' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f5f8fb' } },
      { id: 'fill', type: 'fill', source: 'countries', paint: { 'fill-color': classColour } },
      {
        id: 'border',
        type: 'line',
        source: 'countries',
        paint: {
          'line-color': '#ffffff',
          'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 5, 1.2],
        },
      },
      {
        id: 'points',
        type: 'circle',
        source: 'points',
        paint: {
          'circle-radius': 5,
          'circle-color': classColour,
          'circle-stroke-width': 1,
          'circle-stroke-color': '#333333',
        },
      },
    ],
  },
  center: [number('lng') ?? 18, number('lat') ?? 30],
  zoom: number('z') ?? Math.max(0.9, Math.log2(container.clientWidth / 512) + 0.05),
  fadeDuration: 0,
  attributionControl: false,
});

let countryIds: string[] = [];
let pointIds: string[] = [];
let round = 0;

function recolourAll(): Promise<number> {
  const t0 = performance.now();
  round += 1;
  // Each round moves every state to another class, so every feature state really changes.
  countryIds.forEach((id, i) =>
    map.setFeatureState({ source: 'countries', id }, { cls: CLASSES[(i + round) % CLASSES.length] }),
  );
  pointIds.forEach((id, i) =>
    map.setFeatureState({ source: 'points', id }, { cls: CLASSES[(i + round) % CLASSES.length] }),
  );
  return new Promise((resolve) => map.once('idle', () => resolve(performance.now() - t0)));
}

// As in the app (src/components/MapView.svelte): the geometry is fetched once the style has
// loaded, decoded with topojson-client, and set once into each source.
map.on('load', async () => {
  const response = await fetch('./world.topo.json');
  const topo = (await response.json()) as Topology;
  type Props = { code: string };
  const countries = feature(topo, topo.objects.countries!) as FeatureCollection<Geometry, Props>;
  const points = feature(topo, topo.objects.points!) as FeatureCollection<Geometry, Props>;
  countryIds = countries.features.map((f) => f.properties.code);
  pointIds = points.features.map((f) => f.properties.code);
  (map.getSource('countries') as maplibregl.GeoJSONSource).setData(countries);
  (map.getSource('points') as maplibregl.GeoJSONSource).setData(points);
  map.once('idle', () => {
    performance.mark('map-first-idle');
    window.__baseline = { recolourAll };
  });
});
