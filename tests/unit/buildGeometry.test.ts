import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildGeometry,
  codeOf,
  type CountryProperties,
  type PointSpec,
} from '../../src/pipeline/buildGeometry';

// Rings run clockwise, as d3-geo (which measures them) expects of an outer ring.
const square = (lon: number, lat: number, size: number): Position[] => [
  [lon, lat],
  [lon, lat + size],
  [lon + size, lat + size],
  [lon + size, lat],
  [lon, lat],
];

function shape(id: string | undefined, name: string, geometry: Geometry | null): Feature<Geometry | null> {
  return { type: 'Feature', ...(id === undefined ? {} : { id }), properties: { name }, geometry };
}

/** A tiny world-atlas: a large state, a microstate, two shapes without an id, one across 180°. */
function tinyAtlas(extra: Feature<Geometry | null>[] = []): Topology {
  const features = [
    shape('276', 'Germany', { type: 'Polygon', coordinates: [square(6, 47, 8)] }),
    shape('470', 'Malta', { type: 'Polygon', coordinates: [square(14.4, 35.8, 0.1)] }),
    shape(undefined, 'Kosovo', { type: 'Polygon', coordinates: [square(20, 42, 1)] }),
    shape('036', 'Australia', { type: 'Polygon', coordinates: [square(120, -35, 20)] }),
    shape(undefined, 'Ashmore and Cartier Is.', { type: 'Polygon', coordinates: [square(123, -12.3, 0.1)] }),
    shape('242', 'Fiji', {
      type: 'Polygon',
      coordinates: [
        [
          [179, -17],
          [179, -16],
          [-179, -16],
          [-179, -17],
          [179, -17],
        ],
      ],
    }),
    // Not polygons: skipped even though no code is known for them.
    shape('999', 'A line', {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    }),
    shape('998', 'Nothing', null),
    ...extra,
  ];
  return topology({ countries: { type: 'FeatureCollection', features } as FeatureCollection });
}

const ALPHA3: Record<string, string> = { '276': 'DEU', '470': 'MLT', '036': 'AUS', '242': 'FJI' };
const toAlpha3 = (n: string) => ALPHA3[n];
const POINTS: PointSpec[] = [
  { id: 'MLT', fallback: null },
  { id: 'DEU', fallback: null },
  { id: 'TUV', fallback: [179.2123, -8.5178] },
];

type Out = {
  countries: Feature<MultiPolygon, CountryProperties>[];
  points: Feature<Point, CountryProperties>[];
};
function decode(topo: Topology): Out {
  const countries = feature(topo, topo.objects.countries!) as FeatureCollection<
    MultiPolygon,
    CountryProperties
  >;
  const points = feature(topo, topo.objects.points!) as FeatureCollection<Point, CountryProperties>;
  return { countries: countries.features, points: points.features };
}

const byCode = (out: Out, code: string) => {
  const found = out.countries.find((f) => f.properties.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};

describe('buildGeometry on a tiny topology', () => {
  let out: Out;
  // Before each test, not once before all: Stryker's Vitest runner credits a test only with the code
  // that runs during it (its beforeEach hooks included), and a build in a beforeAll hook would leave
  // its mutants to the few tests that build on their own.
  beforeEach(() => {
    out = decode(buildGeometry(tinyAtlas(), toAlpha3, POINTS, { keep: 1, quantization: 1e7 }));
  });

  it('keys one feature per code, stand-ins for shapes without an id, and skips what is not a polygon', () => {
    expect(out.countries.map((f) => [f.properties.code, f.properties.name])).toEqual([
      ['DEU', 'Germany'],
      ['MLT', 'Malta'],
      ['XKX', 'Kosovo'],
      ['AUS', 'Australia'],
      ['FJI', 'Fiji'],
    ]);
  });

  it('merges a territory into its state, as one multipolygon', () => {
    const australia = byCode(out, 'AUS');
    expect(australia.geometry.type).toBe('MultiPolygon');
    expect(australia.geometry.coordinates).toHaveLength(2);
  });

  it('aims at the centre of the largest polygon, rounded to 0.01°', () => {
    const germany = byCode(out, 'DEU').properties;
    expect(germany.lon).toBeCloseTo(10, 1);
    expect(germany.lat).toBeCloseTo(50.95, 1);
    const australia = byCode(out, 'AUS').properties;
    expect(australia.lon).toBeCloseTo(130, 1);
    expect(australia.lat).toBeLessThan(-24);
    expect(australia.lat).toBeGreaterThan(-26);
    for (const f of out.countries) {
      expect(Math.round(f.properties.lon * 100) / 100).toBe(f.properties.lon);
      expect(Math.round(f.properties.lat * 100) / 100).toBe(f.properties.lat);
    }
  });

  it('makes a ring that crosses 180° continuous', () => {
    const lons = byCode(out, 'FJI')
      .geometry.coordinates.flat(2)
      .map((p) => p[0] ?? 0);
    expect(Math.max(...lons)).toBeCloseTo(181, 4);
    expect(Math.min(...lons)).toBeCloseTo(179, 4);
    expect(byCode(out, 'FJI').properties.lon).toBeCloseTo(180, 1);
  });

  it('gives a point to a small state at its centre, and to a state without a polygon at its fallback', () => {
    const malta = byCode(out, 'MLT').properties;
    expect(out.points.map((p) => p.properties)).toEqual([
      { code: 'MLT', name: 'Malta', lon: malta.lon, lat: malta.lat },
      { code: 'TUV', name: 'TUV', lon: 179.21, lat: -8.52 },
    ]);
    expect(out.points[0]?.geometry.coordinates[0]).toBeCloseTo(malta.lon, 4);
    expect(out.points[0]?.geometry.coordinates[1]).toBeCloseTo(malta.lat, 4);
    expect(out.points[1]?.geometry.coordinates[0]).toBeCloseTo(179.21, 4);
    expect(out.points[1]?.geometry.coordinates[1]).toBeCloseTo(-8.52, 4);
  });
});

describe('buildGeometry options and failures', () => {
  it('gives no point to a state of 12,000 km² or more, and one to a smaller state', () => {
    // About 1.0° × 1.0° at 42°N is some 9,200 km²; 1.2° × 1.2° some 13,200 km².
    const atlas = (size: number) =>
      topology({
        countries: {
          type: 'FeatureCollection',
          features: [shape('276', 'Germany', { type: 'Polygon', coordinates: [square(20, 42, size)] })],
        } as FeatureCollection,
      });
    const points = (size: number) =>
      decode(
        buildGeometry(atlas(size), toAlpha3, [{ id: 'DEU', fallback: null }], { keep: 1, quantization: 1e6 }),
      ).points.length;
    expect(points(1)).toBe(1);
    expect(points(1.2)).toBe(0);
  });

  it('measures the largest polygon, ignoring one wound the wrong way', () => {
    const reversed = square(0, 0, 30).reverse();
    const atlas = topology({
      countries: {
        type: 'FeatureCollection',
        features: [
          shape('276', 'Germany', { type: 'MultiPolygon', coordinates: [[reversed], [square(6, 47, 8)]] }),
        ],
      } as FeatureCollection,
    });
    const out = decode(buildGeometry(atlas, toAlpha3, [], { keep: 1, quantization: 1e6 }));
    expect(out.countries[0]?.properties.lon).toBeCloseTo(10, 1);
  });

  it('simplifies the arcs when asked to keep only a share of their points', () => {
    const wiggly: Position[] = [
      [0, 0],
      ...Array.from({ length: 40 }, (_, i) => [0.01 * (i % 2), i * 0.25 + 0.25]),
      [10, 10],
      [10, 0],
      [0, 0],
    ];
    const atlas = topology({
      countries: {
        type: 'FeatureCollection',
        features: [shape('276', 'Germany', { type: 'Polygon', coordinates: [wiggly.reverse()] })],
      } as FeatureCollection,
    });
    const count = (keep: number) =>
      decode(
        buildGeometry(atlas, toAlpha3, [], { keep, quantization: 1e7 }),
      ).countries[0]!.geometry.coordinates.flat(2).length;
    expect(count(1)).toBe(wiggly.length);
    expect(count(0.2)).toBeLessThan(wiggly.length / 2);
  });

  it('quantizes to the grid it is given', () => {
    const topo = buildGeometry(tinyAtlas(), toAlpha3, [], { keep: 1, quantization: 1000 });
    expect(topo.transform?.scale[0]).toBeCloseTo((181 - 6) / 999, 6);
  });

  it('names a shape it has no code for', () => {
    const atlas = tinyAtlas([shape('900', 'Nowhere', { type: 'Polygon', coordinates: [square(0, 0, 1)] })]);
    expect(() => buildGeometry(atlas, toAlpha3, [], { keep: 1, quantization: 1e6 })).toThrow(
      'world-atlas feature "Nowhere" (id 900) has no code',
    );
  });

  it('names a point that has neither a polygon nor a fallback', () => {
    expect(() =>
      buildGeometry(tinyAtlas(), toAlpha3, [{ id: 'XOM', fallback: null }], { keep: 1, quantization: 1e6 }),
    ).toThrow('XOM has no polygon and no fallback position for its point');
  });
});

describe('codeOf', () => {
  const f = (id: string | undefined, name: string) => ({
    type: 'Feature' as const,
    ...(id === undefined ? {} : { id }),
    properties: { name },
    geometry: null,
  });
  const rows: { id: string | undefined; name: string; code: string }[] = [
    { id: '276', name: 'Germany', code: 'DEU' },
    { id: undefined, name: 'Kosovo', code: 'XKX' },
    { id: undefined, name: 'Somaliland', code: 'XSL' },
    { id: undefined, name: 'N. Cyprus', code: 'XNC' },
    { id: undefined, name: 'Siachen Glacier', code: 'XSG' },
    { id: undefined, name: 'Ashmore and Cartier Is.', code: 'AUS' },
    { id: undefined, name: 'Indian Ocean Ter.', code: 'AUS' },
    { id: '999', name: 'Kosovo', code: 'XKX' },
  ];
  for (const { id, name, code } of rows) {
    it(`keys ${name} (id ${id}) as ${code}`, () => {
      expect(codeOf(f(id, name), toAlpha3)).toBe(code);
    });
  }

  it('refuses a feature without an id or a known name', () => {
    expect(() => codeOf(f(undefined, 'Atlantis'), toAlpha3)).toThrow(
      'world-atlas feature "Atlantis" (id undefined) has no code',
    );
  });
});
