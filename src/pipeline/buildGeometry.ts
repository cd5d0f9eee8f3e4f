import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { clipRingAtParallel } from './carveAtParallel';
import { fixAntimeridian } from './fixAntimeridian';

/**
 * world-atlas features that have no ISO numeric id get a stable code of their own, so that each
 * can still be clicked and keyed by promoteId (documented in data/README.md). Australian
 * territories without an id are merged into Australia.
 */
export const CODE_BY_NAME: Record<string, string> = {
  Kosovo: 'XKX',
  Somaliland: 'XSL',
  'N. Cyprus': 'XNC',
  'Siachen Glacier': 'XSG',
  'Ashmore and Cartier Is.': 'AUS',
  'Indian Ocean Ter.': 'AUS',
};

/**
 * Borders along a parallel that the geometry does not draw: world-atlas (Natural Earth's de
 * facto view) puts the part of Western Sahara that Morocco administers inside Morocco, and only
 * the strip east of the berm in "W. Sahara". The map draws Western Sahara whole, as the UN lists
 * it (a non-self-governing territory), south of the border at 27°40′N.
 */
export const CARVES: readonly { from: string; to: string; lat: number }[] = [
  { from: 'MAR', to: 'ESH', lat: 27 + 40 / 60 },
];

/** States whose largest polygon is smaller than this also get a point, so they can be found and clicked. */
export const POINT_AREA_KM2 = 12_000;
const EARTH_RADIUS_KM = 6371;

export interface PointSpec {
  id: string;
  /** Where to put a state the geometry lacks (from world-countries or data/README.md). */
  fallback: [number, number] | null;
}

export interface GeometryOptions {
  /** Share of arc points to keep, by spherical triangle area (1 keeps all). */
  keep: number;
  /** Quantization grid for the output topology. */
  quantization: number;
}

export interface CountryProperties {
  code: string;
  name: string;
  /** Where keyboard focus and fly-to aim: the centroid of the largest polygon, or the point. */
  lon: number;
  lat: number;
}

type Polygonal = Polygon | MultiPolygon;

const round2 = (n: number) => Math.round(n * 100) / 100;

function polygonsOf(geometry: Polygonal): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function largestPolygon(geometry: Polygonal): { area: number; polygon: Polygon } {
  let best = { area: -1, polygon: { type: 'Polygon', coordinates: [] } as Polygon };
  for (const coordinates of polygonsOf(geometry)) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon) * EARTH_RADIUS_KM ** 2;
    // A ring wound the wrong way measures as the whole sphere minus itself; ignore such outliers.
    if (area < 1e8 && area > best.area) best = { area, polygon };
  }
  return best;
}

/** The code a world-atlas feature is keyed by: alpha-3 from its numeric id, or a stand-in by name. */
export function codeOf(
  f: Feature<Geometry | null, { name: string }>,
  numericToAlpha3: (n: string) => string | undefined,
): string {
  const byName = CODE_BY_NAME[f.properties.name];
  if (byName) return byName;
  const code = f.id === undefined ? undefined : numericToAlpha3(String(f.id));
  if (!code) throw new Error(`world-atlas feature "${f.properties.name}" (id ${f.id}) has no code`);
  return code;
}

/**
 * Builds the map's geometry: one feature per code (duplicates merged), rings fixed at the
 * antimeridian, simplified and quantized into a TopoJSON with two objects: "countries"
 * (polygons, properties {code, name}) and "points" (one per small or missing state).
 */
export function buildGeometry(
  atlas: Topology,
  numericToAlpha3: (n: string) => string | undefined,
  points: PointSpec[],
  options: GeometryOptions,
): Topology {
  const object = atlas.objects.countries as GeometryCollection<{ name: string }>;
  const source = feature(atlas, object) as FeatureCollection<Geometry | null, { name: string }>;
  const merged = new Map<string, { name: string; polygons: Position[][][] }>();
  for (const f of source.features) {
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    const code = codeOf(f, numericToAlpha3);
    const entry = merged.get(code) ?? { name: f.properties.name, polygons: [] };
    entry.polygons.push(...polygonsOf(fixAntimeridian(f.geometry) as Polygonal));
    merged.set(code, entry);
  }

  for (const carve of CARVES) carveAtParallel(merged, carve);

  const countries: FeatureCollection<MultiPolygon, CountryProperties> = {
    type: 'FeatureCollection',
    features: [...merged].map(([code, { name, polygons }]) => {
      const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
      const [lon, lat] = geoCentroid(largestPolygon(geometry).polygon).map(round2) as [number, number];
      return { type: 'Feature', properties: { code, name, lon, lat }, geometry };
    }),
  };

  const pointFeatures: Feature<Point, CountryProperties>[] = [];
  for (const spec of points) {
    const shape = countries.features.find((f) => f.properties.code === spec.id);
    const largest = shape ? largestPolygon(shape.geometry) : null;
    if (largest && largest.area >= POINT_AREA_KM2) continue;
    const at = shape ? [shape.properties.lon, shape.properties.lat] : spec.fallback?.map(round2);
    if (!at) throw new Error(`${spec.id} has no polygon and no fallback position for its point`);
    const [lon = 0, lat = 0] = at;
    pointFeatures.push({
      type: 'Feature',
      properties: { code: spec.id, name: shape?.properties.name ?? spec.id, lon, lat },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    });
  }

  const pointCollection: FeatureCollection<Point, CountryProperties> = {
    type: 'FeatureCollection',
    features: pointFeatures,
  };
  // topojson-simplify's types want properties that are never null; ours never are.
  let topo = topology({ countries, points: pointCollection }) as unknown as Topology<
    Objects<CountryProperties>
  >;
  if (options.keep < 1) {
    topo = presimplify(topo, sphericalTriangleArea);
    topo = simplify(topo, quantile(topo, options.keep));
  }
  return quantize(topo, options.quantization) as Topology;
}

/**
 * Moves what lies south of `lat` from one shape to another and dissolves it into that shape's
 * polygons along the border they share (the berm), so no line is drawn inside Western Sahara.
 */
function carveAtParallel(
  shapes: Map<string, { name: string; polygons: Position[][][] }>,
  { from, to, lat }: { from: string; to: string; lat: number },
): void {
  const source = shapes.get(from);
  const target = shapes.get(to);
  // A geometry with neither (a test's tiny world) has nothing to carve; one without the other is broken.
  if (!source && !target) return;
  if (!source || !target)
    throw new Error(`cannot carve ${from} into ${to}: one of them is not in the geometry`);
  const kept: Position[][][] = [];
  const moved: Position[][][] = [];
  for (const [outer, ...holes] of source.polygons) {
    const north = clipRingAtParallel(outer!, lat, 'north');
    const south = clipRingAtParallel(outer!, lat, 'south');
    if (north && south && holes.length) throw new Error(`${from} has a hole where it is cut at ${lat}°`);
    if (north) kept.push([north, ...(south ? [] : holes)]);
    if (south) moved.push([south, ...(north ? [] : holes)]);
  }
  if (!moved.length) throw new Error(`nothing of ${from} lies south of ${lat}°`);
  source.polygons = kept;
  const polygons: FeatureCollection<Polygon> = {
    type: 'FeatureCollection',
    features: [...target.polygons, ...moved].map((coordinates) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    })),
  };
  const pieces = topology({ pieces: polygons });
  const geometries = (pieces.objects.pieces as GeometryCollection).geometries as Parameters<typeof merge>[1];
  target.polygons = merge(pieces, geometries).coordinates;
}
