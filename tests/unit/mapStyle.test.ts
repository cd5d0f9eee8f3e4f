import {
  createPropertyExpression,
  latest,
  validateStyleMin,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  BORDER_LAYER,
  classColor,
  FILL_LAYER,
  HALO_LAYER,
  HATCH_DOT_IMAGE,
  HATCH_IMAGE,
  HATCH_LAYER,
  hatchDotImage,
  hatchImage,
  mapStyle,
  OUTLINE_LAYER,
  POINT_HATCH_LAYER,
  POINT_LAYER,
  POINT_RADIUS,
  pointHatchLayer,
  themedPaint,
} from '../../src/map/mapStyle';
import { PALETTES, PAST_HATCH_OPACITY, type Palette } from '../../src/lib/palette';

type Spec = Record<string, Record<string, StylePropertySpecification>>;
const spec = latest as unknown as Spec;

/**
 * Evaluates a paint value with MapLibre's own expression engine, for a feature with the given
 * properties and feature state, and returns a colour as rgba() text.
 */
function evaluate(
  layerType: string,
  property: string,
  value: unknown,
  state: Record<string, unknown> = {},
  properties: Record<string, unknown> = {},
  zoom = 3,
): unknown {
  const propertySpec = spec[`paint_${layerType}`]?.[property];
  if (!propertySpec) throw new Error(`no spec for ${layerType} ${property}`);
  const parsed = createPropertyExpression(value, property, propertySpec);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const result: unknown = parsed.value.evaluate({ zoom }, { type: 1, properties }, state);
  return typeof result === 'object' && result !== null ? String(result) : result;
}

const rgba = (hex: string) => evaluate('background', 'background-color', hex);

function layer(style: ReturnType<typeof mapStyle>, id: string): LayerSpecification {
  const found = style.layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

function paint(style: ReturnType<typeof mapStyle>, id: string, property: string): unknown {
  return (layer(style, id) as { paint?: Record<string, unknown> }).paint?.[property];
}

describe.each(['light', 'dark'] as const)('the %s map style', (theme) => {
  const palette: Palette = PALETTES[theme];

  it("passes MapLibre's style validator", () => {
    expect(validateStyleMin(mapStyle(palette))).toEqual([]);
  });

  it('draws the background, fills, hatching, borders, outlines and points in that order', () => {
    const style = mapStyle(palette);
    expect(style.layers.map((l) => [l.id, l.type])).toEqual([
      ['background', 'background'],
      [FILL_LAYER, 'fill'],
      [HATCH_LAYER, 'fill'],
      [BORDER_LAYER, 'line'],
      [HALO_LAYER, 'line'],
      [OUTLINE_LAYER, 'line'],
      [POINT_LAYER, 'circle'],
    ]);
    expect(paint(style, 'background', 'background-color')).toBe(palette.background);
  });

  it('needs no network: inline sources keyed by code, no tiles, sprite or glyphs, no transitions', () => {
    const style = mapStyle(palette);
    const empty = { type: 'FeatureCollection', features: [] };
    expect(style.sources).toEqual({
      countries: { type: 'geojson', data: empty, promoteId: 'code' },
      points: { type: 'geojson', data: empty, promoteId: 'code' },
      selection: { type: 'geojson', data: empty },
    });
    expect(style.sprite).toBeUndefined();
    expect(style.glyphs).toBeUndefined();
    expect(style.transition).toEqual({ duration: 0, delay: 0 });
  });

  it('fills each class with its colour, and a shape with no class yet as no data', () => {
    const color = classColor(palette);
    for (const [cls, hex] of Object.entries(palette.classes)) {
      expect(evaluate('fill', 'fill-color', color, { cls }), cls).toBe(rgba(hex));
    }
    expect(evaluate('fill', 'fill-color', color)).toBe(rgba(palette.classes.nodata));
    expect(evaluate('fill', 'fill-color', color, { cls: 'mystery' })).toBe(rgba(palette.classes.nodata));
  });

  it('lightens a hovered fill, and hatches only the shapes marked hatched', () => {
    const style = mapStyle(palette);
    const opacity = paint(style, FILL_LAYER, 'fill-opacity');
    expect(evaluate('fill', 'fill-opacity', opacity)).toBe(1);
    expect(evaluate('fill', 'fill-opacity', opacity, { hover: true })).toBe(0.78);
    expect(paint(style, FILL_LAYER, 'fill-color')).toEqual(classColor(palette));
    const hatch = layer(style, HATCH_LAYER);
    expect(hatch).toMatchObject({ source: 'countries', filter: ['==', ['get', 'hatched'], true] });
    expect(paint(style, HATCH_LAYER, 'fill-pattern')).toBe(HATCH_IMAGE);
  });

  it('widens the borders from 0.5 px at zoom 1 to 1.2 px at zoom 5', () => {
    const style = mapStyle(palette);
    const width = paint(style, BORDER_LAYER, 'line-width');
    expect(evaluate('line', 'line-width', width, {}, {}, 0)).toBe(0.5);
    expect(evaluate('line', 'line-width', width, {}, {}, 1)).toBe(0.5);
    expect(evaluate('line', 'line-width', width, {}, {}, 3)).toBeCloseTo(0.85);
    expect(evaluate('line', 'line-width', width, {}, {}, 5)).toBe(1.2);
    expect(paint(style, BORDER_LAYER, 'line-color')).toBe(palette.border);
  });

  it('outlines the focused shape wider and in the focus colour, the selected one in the selection colour', () => {
    const style = mapStyle(palette);
    const role = (r: string) => ({ role: r });
    const halo = paint(style, HALO_LAYER, 'line-width');
    expect(evaluate('line', 'line-width', halo, {}, role('focused'))).toBe(7);
    expect(evaluate('line', 'line-width', halo, {}, role('selected'))).toBe(6.5);
    expect(paint(style, HALO_LAYER, 'line-color')).toBe(palette.halo);
    const width = paint(style, OUTLINE_LAYER, 'line-width');
    expect(evaluate('line', 'line-width', width, {}, role('focused'))).toBe(3);
    expect(evaluate('line', 'line-width', width, {}, role('selected'))).toBe(2.5);
    const color = paint(style, OUTLINE_LAYER, 'line-color');
    expect(evaluate('line', 'line-color', color, {}, role('focused'))).toBe(rgba(palette.focus));
    expect(evaluate('line', 'line-color', color, {}, role('selected'))).toBe(rgba(palette.selected));
    for (const id of [HALO_LAYER, OUTLINE_LAYER]) {
      expect(layer(style, id)).toMatchObject({ source: 'selection', layout: { 'line-join': 'round' } });
    }
  });

  it('draws a point larger and with a wider ring when it is selected or focused', () => {
    const style = mapStyle(palette);
    const radius = paint(style, POINT_LAYER, 'circle-radius');
    const stroke = paint(style, POINT_LAYER, 'circle-stroke-width');
    const ring = paint(style, POINT_LAYER, 'circle-stroke-color');
    const rows = [
      { state: {}, radius: POINT_RADIUS, stroke: 1, ring: palette.pointStroke },
      { state: { selected: true }, radius: POINT_RADIUS + 2, stroke: 2.5, ring: palette.selected },
      { state: { focused: true }, radius: POINT_RADIUS + 2, stroke: 3, ring: palette.focus },
      { state: { focused: true, selected: true }, radius: POINT_RADIUS + 2, stroke: 3, ring: palette.focus },
    ];
    for (const row of rows) {
      const name = JSON.stringify(row.state);
      expect(evaluate('circle', 'circle-radius', radius, row.state), name).toBe(row.radius);
      expect(evaluate('circle', 'circle-stroke-width', stroke, row.state), name).toBe(row.stroke);
      expect(evaluate('circle', 'circle-stroke-color', ring, row.state), name).toBe(rgba(row.ring));
    }
    expect(POINT_RADIUS).toBe(5);
    expect(layer(style, POINT_LAYER)).toMatchObject({ source: 'points' });
    expect(paint(style, POINT_LAYER, 'circle-color')).toEqual(classColor(palette));
  });

  it('gives the theme switch the same paint values the style starts with', () => {
    const style = mapStyle(palette);
    const themed = themedPaint(palette);
    expect(themed.map(([id, property]) => [id, property])).toEqual([
      [FILL_LAYER, 'fill-color'],
      [BORDER_LAYER, 'line-color'],
      [HALO_LAYER, 'line-color'],
      [OUTLINE_LAYER, 'line-color'],
      [POINT_LAYER, 'circle-color'],
      [POINT_LAYER, 'circle-stroke-color'],
    ]);
    for (const [id, property, value] of themed)
      expect(value, `${id} ${property}`).toEqual(paint(style, id, property));
  });

  it('stripes the points of the hatched states only, faint in a past year as over the shapes', () => {
    // Added over the points after the first idle (MapView); valid in the style all the same.
    const style = mapStyle(palette);
    style.layers.push(pointHatchLayer());
    expect(validateStyleMin(style)).toEqual([]);
    expect(layer(style, POINT_HATCH_LAYER)).toMatchObject({
      source: 'points',
      filter: ['==', ['get', 'hatched'], true],
      layout: { 'icon-image': HATCH_DOT_IMAGE, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    });
    const opacity = paint(style, POINT_HATCH_LAYER, 'icon-opacity');
    expect(evaluate('symbol', 'icon-opacity', opacity, { cls: 'undated' })).toBe(1);
    expect(evaluate('symbol', 'icon-opacity', opacity, { cls: 'undatedpast' })).toBe(PAST_HATCH_OPACITY);
  });

  it('makes the points’ stripes a disc as wide as a point at 2×, striped as the shapes are', () => {
    const image = hatchDotImage(palette);
    const size = POINT_RADIUS * 4;
    expect([image.width, image.height, image.data.length]).toEqual([size, size, size * size * 4]);
    const alpha = (x: number, y: number) => image.data[(y * size + x) * 4 + 3];
    // On a stripe ((x + y) % 8 < 2): opaque inside the disc, transparent in its corners.
    expect(alpha(14, 2)).toBe(255);
    expect(alpha(8, 8)).toBe(255);
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(19, 13)).toBe(0);
    // Between the stripes: transparent, so the point's own colour shows.
    expect(alpha(12, 10)).toBe(0);
    const opaque = Array.from({ length: size * size }, (_, i) => i).filter(
      (i) => image.data[i * 4 + 3] === 255,
    );
    expect(opaque.length).toBeGreaterThan(60);
    for (const i of opaque) {
      const hex =
        '#' + [0, 1, 2].map((c) => (image.data[i * 4 + c] ?? 0).toString(16).padStart(2, '0')).join('');
      expect(hex).toBe(palette.hatch);
    }
  });

  it('makes an 8×8 hatch of two-pixel diagonal stripes, transparent between them (the fill shows through)', () => {
    const image = hatchImage(palette);
    expect([image.width, image.height, image.data.length]).toEqual([8, 8, 256]);
    const hex = (i: number) =>
      '#' + [0, 1, 2].map((c) => (image.data[i * 4 + c] ?? 0).toString(16).padStart(2, '0')).join('');
    const alpha = (x: number, y: number) => image.data[(y * 8 + x) * 4 + 3];
    const at = (x: number, y: number) => hex(y * 8 + x);
    expect(at(0, 0)).toBe(palette.hatch);
    expect(at(1, 0)).toBe(palette.hatch);
    expect(at(7, 1)).toBe(palette.hatch);
    expect(at(1, 7)).toBe(palette.hatch);
    expect([alpha(0, 0), alpha(2, 0), alpha(6, 1), alpha(7, 7)]).toEqual([255, 0, 0, 0]);
    expect([at(2, 0), at(7, 7)]).toEqual(['#000000', '#000000']);
    const stripes = Array.from({ length: 64 }, (_, i) => i).filter((i) => image.data[i * 4 + 3] === 255);
    expect(stripes).toHaveLength(16);
    for (const i of stripes) expect(hex(i)).toBe(palette.hatch);
  });
});
