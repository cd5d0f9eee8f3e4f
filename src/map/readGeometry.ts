import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Anchor } from '../lib/nextInDirection';

/** The properties `npm run build:geo` gives each shape and point (src/pipeline/buildGeometry.ts). */
export interface ShapeProps {
  code: string;
  name: string;
  lon: number;
  lat: number;
  /** Drawn striped at every year: relations exist, date not found. */
  hatched?: boolean;
}

export type NamedAnchor = Anchor & { name: string };

export interface MapGeometry {
  countries: FeatureCollection<Geometry, ShapeProps>;
  points: FeatureCollection<Geometry, ShapeProps>;
  /** Each state's shape by code, to copy into the selection source. */
  shapes: Map<string, Feature<Geometry, ShapeProps>>;
  /** One anchor per state, polygon or point, for keyboard moves, fly-to and names. */
  anchors: NamedAnchor[];
  /** The states drawn as points (small or missing from the geometry), for hit testing. */
  pointAnchors: NamedAnchor[];
  pointIds: Set<string>;
}

/** Turns the TopoJSON into what the map draws and looks up; `hatched` codes get the stripes flag. */
export function readGeometry(topo: Topology, hatched: ReadonlySet<string>): MapGeometry {
  const countries = feature(topo, topo.objects.countries!) as FeatureCollection<Geometry, ShapeProps>;
  for (const f of countries.features) if (hatched.has(f.properties.code)) f.properties.hatched = true;
  const points = feature(topo, topo.objects.points!) as FeatureCollection<Geometry, ShapeProps>;
  for (const f of points.features) if (hatched.has(f.properties.code)) f.properties.hatched = true;
  const byId = new Map<string, NamedAnchor>();
  for (const { properties: p } of [...countries.features, ...points.features]) {
    byId.set(p.code, { id: p.code, name: p.name, lon: p.lon, lat: p.lat });
  }
  const anchors = [...byId.values()];
  const pointIds = new Set(points.features.map((f) => f.properties.code));
  return {
    countries,
    points,
    shapes: new Map(countries.features.map((f) => [f.properties.code, f])),
    anchors,
    pointAnchors: anchors.filter((a) => pointIds.has(a.id)),
    pointIds,
  };
}
