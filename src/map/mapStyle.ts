import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { PAST_HATCH_OPACITY, type Palette } from '../lib/palette';

export const COUNTRY_SOURCE = 'countries';
export const POINT_SOURCE = 'points';
/** Holds copies of the selected and keyboard-focused shapes only (property `role`), for their outlines. */
export const SELECTION_SOURCE = 'selection';
export const FILL_LAYER = 'country-fill';
export const HATCH_LAYER = 'country-hatch';
export const BORDER_LAYER = 'country-border';
export const OUTLINE_LAYER = 'country-outline';
export const HALO_LAYER = 'country-outline-halo';
export const POINT_LAYER = 'country-points';
/** The stripes over the points of the small states whose date was not found (a circle takes no fill pattern). */
export const POINT_HATCH_LAYER = 'country-point-hatch';
export const HATCH_IMAGE = 'hatch';
export const HATCH_DOT_IMAGE = 'hatch-dot';
/** Visible radius of a small state's point; its hit target is larger (see MapView). */
export const POINT_RADIUS = 5;

/** fill-color for a class held in feature state "cls"; a state with no class yet is "nodata". */
export function classColor(palette: Palette): ExpressionSpecification {
  const pairs = Object.entries(palette.classes).flatMap(([cls, color]) => [cls, color]);
  // The spread defeats the expression's tuple type; the shape is ['match', input, label, value, ..., fallback].
  return [
    'match',
    ['coalesce', ['feature-state', 'cls'], 'nodata'],
    ...pairs,
    palette.classes.nodata,
  ] as unknown as ExpressionSpecification;
}

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isFocused: ExpressionSpecification = ['boolean', ['feature-state', 'focused'], false];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

const hasRole = (role: 'selected' | 'focused'): ExpressionSpecification => ['==', ['get', 'role'], role];

/** Paint properties that change with the theme; applied with setPaintProperty, never by rebuilding the style. */
type ThemedProperty = 'fill-color' | 'line-color' | 'circle-color' | 'circle-stroke-color';
export function themedPaint(
  palette: Palette,
): [string, ThemedProperty, DataDrivenPropertyValueSpecification<string>][] {
  return [
    [FILL_LAYER, 'fill-color', classColor(palette)],
    [BORDER_LAYER, 'line-color', palette.border],
    [HALO_LAYER, 'line-color', palette.halo],
    [OUTLINE_LAYER, 'line-color', ['case', hasRole('focused'), palette.focus, palette.selected]],
    [POINT_LAYER, 'circle-color', classColor(palette)],
    [
      POINT_LAYER,
      'circle-stroke-color',
      ['case', isFocused, palette.focus, isSelected, palette.selected, palette.pointStroke],
    ],
  ];
}

/**
 * The whole style: background, fills, borders and points over two inline GeoJSON sources, with
 * no tiles, sprites or glyphs, so the map makes no request beyond its own geometry file.
 * Transitions are off so a year step recolours in one frame (see ../shared/TOOLCHAIN.md).
 */
export function mapStyle(palette: Palette): StyleSpecification {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  return {
    version: 8,
    transition: { duration: 0, delay: 0 },
    sources: {
      [COUNTRY_SOURCE]: { type: 'geojson', data: empty, promoteId: 'code' },
      [POINT_SOURCE]: { type: 'geojson', data: empty, promoteId: 'code' },
      [SELECTION_SOURCE]: { type: 'geojson', data: empty },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': palette.background } },
      {
        id: FILL_LAYER,
        type: 'fill',
        source: COUNTRY_SOURCE,
        // Hover lightens the fill a little; the tooltip says the rest.
        paint: { 'fill-color': classColor(palette), 'fill-opacity': ['case', isHovered, 0.78, 1] },
      },
      // "Relations, date not found": the stripes are drawn only for the shapes marked `hatched`
      // when the data is set, not recomputed with every year step. They are transparent between
      // the lines, so the class's fill shows through: full strength in the current year
      // ("undated"), faint before it ("undatedpast", when the relations may not have existed).
      {
        id: HATCH_LAYER,
        type: 'fill',
        source: COUNTRY_SOURCE,
        filter: ['==', ['get', 'hatched'], true],
        paint: {
          'fill-pattern': HATCH_IMAGE,
          'fill-opacity': ['case', ['==', ['feature-state', 'cls'], 'undated'], 1, PAST_HATCH_OPACITY],
        },
      },
      {
        id: BORDER_LAYER,
        type: 'line',
        source: COUNTRY_SOURCE,
        paint: {
          'line-color': palette.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 5, 1.2],
        },
      },
      // A wider line under the selected and focus outlines, in the halo colour: the outline is
      // two-tone so that one of its colours reaches 3:1 against every fill, from viridis' dark
      // purple to its yellow (WCAG technique C40; see tests/unit/contrast.test.ts). Both draw
      // from the small selection source, so the worker never lays out lines for every border
      // more than once.
      {
        id: HALO_LAYER,
        type: 'line',
        source: SELECTION_SOURCE,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': palette.halo,
          'line-width': ['case', hasRole('focused'), 7, 6.5],
        },
      },
      {
        id: OUTLINE_LAYER,
        type: 'line',
        source: SELECTION_SOURCE,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': ['case', hasRole('focused'), palette.focus, palette.selected],
          'line-width': ['case', hasRole('focused'), 3, 2.5],
        },
      },
      {
        id: POINT_LAYER,
        type: 'circle',
        source: POINT_SOURCE,
        paint: {
          'circle-radius': ['case', isSelected, POINT_RADIUS + 2, isFocused, POINT_RADIUS + 2, POINT_RADIUS],
          'circle-color': classColor(palette),
          'circle-stroke-width': ['case', isFocused, 3, isSelected, 2.5, 1],
          'circle-stroke-color': [
            'case',
            isFocused,
            palette.focus,
            isSelected,
            palette.selected,
            palette.pointStroke,
          ],
        },
      },
    ],
  };
}

/**
 * The stripes over the points of the small states whose date was not found, the same as over the
 * shapes, in a disc the size of a point: without them Lebanon's or Gambia's pale dot read as "not
 * yet" in the legend. MapView adds it after the map's first idle, not in the style: a symbol layer
 * costs its shaders and placement on the first frame, 0.3 s of the first idle on this machine's
 * software renderer, for four dots.
 */
export function pointHatchLayer(): LayerSpecification {
  return {
    id: POINT_HATCH_LAYER,
    type: 'symbol',
    source: POINT_SOURCE,
    filter: ['==', ['get', 'hatched'], true],
    layout: { 'icon-image': HATCH_DOT_IMAGE, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    paint: {
      'icon-opacity': ['case', ['==', ['feature-state', 'cls'], 'undated'], 1, PAST_HATCH_OPACITY],
    },
  };
}

/**
 * An 8×8 image of diagonal stripes for the "date not found" classes, made here so nothing is
 * fetched; transparent between the stripes, so the class's own fill shows there.
 */
export function hatchImage(palette: Palette): { width: number; height: number; data: Uint8Array } {
  return stripes(palette.hatch, 8, false);
}

/**
 * The stripes in a disc of a point's size, at 2× (add it with pixelRatio 2): 4 px apart on
 * screen as over the shapes, and transparent outside the disc and between the stripes.
 */
export function hatchDotImage(palette: Palette): { width: number; height: number; data: Uint8Array } {
  return stripes(palette.hatch, POINT_RADIUS * 4, true);
}

function stripes(
  hex: string,
  size: number,
  disc: boolean,
): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const inside = (x: number, y: number) =>
    !disc || Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) <= size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const stripe = (x + y) % 8 < 2 && inside(x, y);
      const o = (y * size + x) * 4;
      // Fully transparent pixels are all zero, whether MapLibre takes them as premultiplied or not.
      if (!stripe) continue;
      data[o] = r ?? 0;
      data[o + 1] = g ?? 0;
      data[o + 2] = b ?? 0;
      data[o + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}
