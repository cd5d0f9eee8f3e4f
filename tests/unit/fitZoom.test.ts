import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { fitZoom, mainRing, shapeZoom } from '../../src/map/fitZoom';

const topo = JSON.parse(readFileSync('static/world.topo.json', 'utf8')) as Topology;
type Props = { code: string; lon: number; lat: number };
const countries = feature(topo, topo.objects.countries!) as FeatureCollection<Geometry, Props>;
const state = (code: string) => countries.features.find((f) => f.properties.code === code)!;

/** Where a position lands, in px from the view's centre, at a zoom (MapLibre's 512 px world). */
function projected([lon, lat]: Position, [clon, clat]: [number, number], zoom: number): [number, number] {
  const y = (l: number) => Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / (2 * Math.PI);
  const scale = 512 * 2 ** zoom;
  return [((lon! - clon) / 360) * scale, -(y(lat!) - y(clat)) * scale];
}

describe('fitZoom', () => {
  it('fits a 20° square at the equator by its height in a 1024 × 768 view', () => {
    const square: Position[] = [
      [-10, -10],
      [10, -10],
      [10, 10],
      [-10, 10],
      [-10, -10],
    ];
    // Height: 10° north of the centre is 0.0279 of the world, 368 px of room → zoom 4.69.
    expect(fitZoom(square, [0, 0], 1024, 768)).toBeCloseTo(4.686, 2);
    // Twice as wide, and with half the room in height (184 px): the height decides, a zoom lower.
    expect(fitZoom(square, [0, 0], 2048, 400)).toBeCloseTo(3.686, 2);
    // With the width the tighter: 10° east is 0.0278 of the world, 184 px of room.
    expect(fitZoom(square, [0, 0], 400, 2048)).toBeCloseTo(Math.log2(184 / (10 / 360) / 512), 6);
  });

  it('is unbounded for no ring (a state drawn as a point)', () => {
    expect(fitZoom([], [0, 0], 390, 300)).toBe(Infinity);
  });

  it('keeps all of Greenland in a phone’s map above the notes sheet', () => {
    const grl = state('GRL');
    const ring = mainRing(grl.geometry);
    const center: [number, number] = [grl.properties.lon, grl.properties.lat];
    const [width, height] = [390, 300];
    const zoom = shapeZoom(0.9, fitZoom(ring, center, width, height));
    // The flight used to end at zoom 2.5, with only Greenland's middle in view.
    expect(zoom).toBeLessThan(1.5);
    for (const p of ring) {
      const [x, y] = projected(p, center, zoom);
      expect(Math.abs(x)).toBeLessThanOrEqual(width / 2);
      expect(Math.abs(y)).toBeLessThanOrEqual(height / 2);
    }
  });

  it('takes the main landmass: France’s ring is in Europe, not French Guiana', () => {
    const lons = mainRing(state('FRA').geometry).map((p) => p[0]!);
    expect(Math.min(...lons)).toBeGreaterThan(-6);
  });
});

describe('shapeZoom', () => {
  it('goes to 2.5, or stays closer where the reader zoomed in, unless the shape would not fit', () => {
    expect(shapeZoom(1, 8)).toBe(2.5);
    expect(shapeZoom(4, 8)).toBe(4);
    expect(shapeZoom(1, 1.2)).toBe(1.2);
    expect(shapeZoom(5, 1.7)).toBe(1.7);
  });
});
