import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { fixAntimeridian } from '../../src/pipeline/fixAntimeridian';
import type { Dataset } from '../../src/lib/types';

const topo = JSON.parse(readFileSync('static/world.topo.json', 'utf8')) as Topology;
const dataset = JSON.parse(readFileSync('src/data/relations.json', 'utf8')) as Dataset;
type Props = { code: string; name: string; lon: number; lat: number };
const countries = feature(topo, topo.objects.countries!) as FeatureCollection<Geometry, Props>;
const points = feature(topo, topo.objects.points!) as FeatureCollection<Geometry, Props>;
const polygonCodes = new Set(countries.features.map((f) => f.properties.code));
const pointCodes = new Set(points.features.map((f) => f.properties.code));

function rings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

describe('the map geometry and the dataset agree', () => {
  it('gives every state in the dataset, and Belarus, a polygon or a point to click', () => {
    const missing = [dataset.subject.id, ...dataset.countries.map((c) => c.id)].filter(
      (id) => !polygonCodes.has(id) && !pointCodes.has(id),
    );
    expect(missing).toEqual([]);
  });

  it('draws Tuvalu and the Order of Malta, which have no polygon, as points', () => {
    expect(polygonCodes.has('TUV')).toBe(false);
    expect(pointCodes.has('TUV')).toBe(true);
    expect(pointCodes.has('XOM')).toBe(true);
  });

  it('draws Western Sahara whole, with its border with Morocco at 27°40′N', () => {
    const shape = (code: string) => countries.features.find((f) => f.properties.code === code)!;
    const km2 = (code: string) => geoArea(shape(code)) * 6371 ** 2;
    // About 266,000 km² (the CIA World Factbook); world-atlas alone drew 91,000, the strip east of the berm.
    expect(km2('ESH')).toBeGreaterThan(255_000);
    expect(km2('ESH')).toBeLessThan(285_000);
    expect(
      Math.min(
        ...rings(shape('MAR').geometry)
          .flat()
          .map((p) => p[1]!),
      ),
    ).toBeGreaterThan(27.6);
  });

  it('gives microstates a point as well as their polygon', () => {
    for (const id of ['MLT', 'SGP', 'VAT', 'MCO', 'LIE', 'BHR']) expect(pointCodes.has(id), id).toBe(true);
  });

  it('keys every feature by a unique string code usable as promoteId', () => {
    const codes = countries.features.map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it('has no ring that jumps across the antimeridian (but for the edge along the South Pole)', () => {
    // One assertion for the whole map: an expect per point takes seconds on a busy machine.
    const jumps: string[] = [];
    for (const f of countries.features) {
      for (const ring of rings(f.geometry)) {
        for (let i = 1; i < ring.length; i++) {
          if (Math.abs(ring[i]?.[1] ?? 0) > 85 && Math.abs(ring[i - 1]?.[1] ?? 0) > 85) continue;
          if (Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) >= 180) jumps.push(f.properties.name);
        }
      }
    }
    expect(jumps).toEqual([]);
  });
});

describe('fixAntimeridian', () => {
  it('makes a ring that crosses 180° continuous', () => {
    const fixed = fixAntimeridian({
      type: 'Polygon',
      coordinates: [
        [
          [179, 60],
          [-179, 60],
          [-179, 61],
          [179, 61],
          [179, 60],
        ],
      ],
    });
    expect(fixed.type === 'Polygon' && fixed.coordinates[0]?.map((p) => p[0])).toEqual([
      179, 181, 181, 179, 179,
    ]);
  });

  it('leaves a ring around the pole as it is', () => {
    const ring = [
      [-180, -80],
      [0, -70],
      [180, -80],
      [180, -90],
      [-180, -90],
      [-180, -80],
    ];
    const fixed = fixAntimeridian({ type: 'Polygon', coordinates: [ring] });
    expect(fixed.type === 'Polygon' && fixed.coordinates[0]).toEqual(ring);
  });

  it('leaves a ring that does not cross untouched', () => {
    const ring = [
      [10, 50],
      [20, 50],
      [20, 55],
      [10, 50],
    ];
    const fixed = fixAntimeridian({ type: 'Polygon', coordinates: [ring] });
    expect(fixed.type === 'Polygon' && fixed.coordinates[0]).toEqual(ring);
  });
});
