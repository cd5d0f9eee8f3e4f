import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { classChanges } from '../../src/map/classChanges';
import { defaultView } from '../../src/map/defaultView';
import { readGeometry } from '../../src/map/readGeometry';
import { selectionFeatures } from '../../src/map/selectionFeatures';

const square = (x: number, y: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ],
});
const shape = (code: string, x: number, y: number) => ({
  type: 'Feature' as const,
  geometry: square(x, y),
  properties: { code, name: code, lon: x + 0.5, lat: y + 0.5 },
});

describe('the selection source', () => {
  const shapes = new Map<string, Feature<Geometry>>([
    ['DEU', shape('DEU', 10, 50)],
    ['POL', shape('POL', 20, 52)],
  ]);

  it('holds the selected and the focused shape, each with its role', () => {
    const fc = selectionFeatures(shapes, 'DEU', 'POL');
    expect(fc.features.map((f) => f.properties.role)).toEqual(['selected', 'focused']);
    expect(fc.features[0]?.geometry).toEqual(shapes.get('DEU')?.geometry);
    // GeoJSON that MapLibre's setData takes: a FeatureCollection of Features.
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.type)).toEqual(['Feature', 'Feature']);
  });

  it('is empty with nothing selected or focused, or for a state that has no shape', () => {
    expect(selectionFeatures(shapes, null, null).features).toEqual([]);
    expect(selectionFeatures(shapes, 'TUV', null).features).toEqual([]);
  });
});

describe('recolouring', () => {
  it('touches only the states whose class changed; a state with no class is no data', () => {
    const applied = new Map([
      ['DEU', 'y1' as const],
      ['POL', 'notyet' as const],
    ]);
    expect(classChanges(applied, { DEU: 'y1', POL: 'y2' }, ['DEU', 'POL', 'ATA'])).toEqual([
      ['POL', 'y2'],
      ['ATA', 'nodata'],
    ]);
  });
});

describe('reading the geometry', () => {
  const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  const topo = topology({
    countries: collection(shape('DEU', 10, 50), shape('AFG', 60, 33)),
    points: collection(shape('MLT', 14, 35), shape('TUV', 179, -8)),
  });

  it('marks the hatched shapes, and lists an anchor per state and the points apart', () => {
    const read = readGeometry(topo, new Set(['AFG']));
    expect(read.countries.features.map((f) => [f.properties.code, f.properties.hatched ?? false])).toEqual([
      ['DEU', false],
      ['AFG', true],
    ]);
    expect(read.anchors.map((a) => a.id)).toEqual(['DEU', 'AFG', 'MLT', 'TUV']);
    expect(read.anchors[0]).toEqual({ id: 'DEU', name: 'DEU', lon: 10.5, lat: 50.5 });
    expect(read.pointAnchors.map((a) => a.id)).toEqual(['MLT', 'TUV']);
    expect([...read.pointIds]).toEqual(['MLT', 'TUV']);
    expect([...read.shapes.keys()]).toEqual(['DEU', 'AFG']);
  });
});

describe('the default view', () => {
  it.each([
    [1024, [18, 30], 1.05],
    [2048, [18, 30], 2.05],
    [390, [30, 30], 0.9],
    [639, [30, 30], 0.9],
    [640, [18, 30], 0.9],
    [1500, [18, 30], Math.log2(1500 / 512) + 0.05],
  ])('at %i px wide centres on %j at zoom %f', (width, center, zoom) => {
    const view = defaultView(width);
    expect(view.center).toEqual(center);
    expect(view.zoom).toBeCloseTo(zoom, 6);
  });
});
