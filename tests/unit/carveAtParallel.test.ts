import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildGeometry, CARVES } from '../../src/pipeline/buildGeometry';
import { clipRingAtParallel } from '../../src/pipeline/carveAtParallel';

// Clockwise, as d3-geo expects of an outer ring.
const box = (west: number, south: number, east: number, north: number): Position[] => [
  [west, south],
  [west, north],
  [east, north],
  [east, south],
  [west, south],
];

describe('clipRingAtParallel', () => {
  const ring = box(0, 0, 10, 10);

  it('keeps each side of the parallel, closed, with the cut in both halves at the same points', () => {
    const north = clipRingAtParallel(ring, 4, 'north')!;
    const south = clipRingAtParallel(ring, 4, 'south')!;
    expect(north).toEqual([
      [0, 4],
      [0, 10],
      [10, 10],
      [10, 4],
      [0, 4],
    ]);
    expect(south).toEqual([
      [0, 0],
      [0, 4],
      [10, 4],
      [10, 0],
      [0, 0],
    ]);
  });

  it('cuts a slanted edge where it crosses the parallel', () => {
    const triangle: Position[] = [
      [0, 0],
      [4, 8],
      [8, 0],
      [0, 0],
    ];
    expect(clipRingAtParallel(triangle, 4, 'north')).toEqual([
      [2, 4],
      [4, 8],
      [6, 4],
      [2, 4],
    ]);
  });

  it('gives null for a side the ring does not reach, and the ring itself for the side it lies on', () => {
    expect(clipRingAtParallel(ring, 12, 'north')).toBeNull();
    expect(clipRingAtParallel(ring, 12, 'south')).toEqual(ring);
    expect(clipRingAtParallel(ring, -1, 'south')).toBeNull();
  });

  it('refuses a ring that crosses the parallel more than twice', () => {
    const comb: Position[] = [
      [0, 0],
      [0, 10],
      [2, 10],
      [2, 2],
      [4, 2],
      [4, 10],
      [6, 10],
      [6, 0],
      [0, 0],
    ];
    expect(() => clipRingAtParallel(comb, 5, 'north')).toThrow('a ring crosses 5° 4 times');
  });
});

describe('Western Sahara, carved out of Morocco', () => {
  const cut = CARVES.find((c) => c.from === 'MAR')!.lat;
  // Morocco reaching down to 21°N, as world-atlas draws it, and the strip east of the berm,
  // sharing the berm's points with it.
  const morocco: Position[] = [
    [-17, 21],
    [-13, 28],
    [-2, 35],
    [-8.7, 28],
    [-8.7, 27.5],
    [-8.7, 24],
    [-8.7, 21],
    [-17, 21],
  ];
  const strip: Position[] = [
    [-8.7, 21],
    [-8.7, 24],
    [-8.7, 27.5],
    [-8, 27.5],
    [-8, 21],
    [-8.7, 21],
  ];
  const shape = (id: string, name: string, ring: Position[]): Feature<Polygon> => ({
    type: 'Feature',
    id,
    properties: { name },
    geometry: { type: 'Polygon', coordinates: [ring] },
  });
  const world = (...features: Feature<Polygon>[]) =>
    topology({
      countries: { type: 'FeatureCollection', features } as FeatureCollection,
    }) as unknown as Topology;
  const atlas = world(shape('504', 'Morocco', morocco), shape('732', 'W. Sahara', strip));
  const codes: Record<string, string> = { '504': 'MAR', '732': 'ESH' };
  const build = (a: Topology) => {
    const topo = buildGeometry(a, (n) => codes[n], [], { keep: 1, quantization: 1e7 });
    const fc = feature(topo, topo.objects.countries!) as unknown as FeatureCollection<
      MultiPolygon,
      { code: string }
    >;
    return new Map(fc.features.map((f) => [f.properties.code, f.geometry.coordinates]));
  };

  it('cuts at 27°40′N', () => {
    expect(cut).toBeCloseTo(27.6667, 4);
  });

  it('leaves Morocco north of the cut and gives Western Sahara the rest, as one polygon without the berm', () => {
    const shapes = build(atlas);
    const mar = shapes.get('MAR')!;
    expect(mar).toHaveLength(1);
    expect(Math.min(...mar[0]![0]!.map((p) => p[1]!))).toBeCloseTo(cut, 4);
    const esh = shapes.get('ESH')!;
    // One polygon, one ring: the strip and the part cut from Morocco dissolved into each other.
    expect(esh).toHaveLength(1);
    expect(esh[0]).toHaveLength(1);
    const ring = esh[0]![0]!;
    expect(Math.min(...ring.map((p) => p[0]!))).toBeCloseTo(-17, 4);
    expect(Math.max(...ring.map((p) => p[0]!))).toBeCloseTo(-8, 4);
    expect(Math.max(...ring.map((p) => p[1]!))).toBeCloseTo(cut, 4);
    // The berm is gone: its middle point (-8.7°, 24°) is no longer a vertex of the ring.
    expect(ring.some(([lon, lat]) => Math.abs(lon! + 8.7) < 1e-6 && Math.abs(lat! - 24) < 1e-6)).toBe(false);
  });

  it('names the broken geometry: Morocco without Western Sahara', () => {
    const alone = world(shape('504', 'Morocco', morocco));
    expect(() => build(alone)).toThrow('cannot carve MAR into ESH');
  });
});
