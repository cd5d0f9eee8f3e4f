// The layout of the downloadable PNG (src/dom/exportPng.ts draws it): which swatches its legend
// has, where each goes, and how big the picture is. Pure, so that it is tested without a canvas.
import { CLASS_LABELS } from './describe.ts';
import { YEAR_BINS } from './mapClass.ts';
import { PAST_HATCH_OPACITY, type Palette } from './palette.ts';

/** Space for the title above the map, in CSS px; the legend and attribution below take what they need. */
export const HEADER = 44;
/** Height of one legend row, in CSS px. */
export const ROW = 20;
/** The legend's margin at both sides, and the gap between a swatch and its label. */
export const MARGIN = 12;
export const SWATCH = 12;
const SWATCH_GAP = 4;
const ENTRY_GAP = 6;

export interface Swatch {
  color: string;
  label: string;
  /** Stripes drawn over the colour, as on the map ("date not found"), with their opacity. */
  hatch: { color: string; opacity: number } | null;
}

/**
 * The PNG's legend, in the on-screen legend's order and words (keep in sync with Legend.svelte):
 * the year bins, then the fixed classes, with "date not found" striped like the map, faint
 * for a past year.
 */
export function legendSwatches(palette: Palette, past: boolean): Swatch[] {
  const undated = past ? 'undatedpast' : 'undated';
  return [
    ...YEAR_BINS.map((bin, i) => ({
      color: palette.classes[`y${i}`] ?? palette.classes.nodata,
      label: bin.label,
      hatch: null,
    })),
    ...(['subject', 'notyet', undated, 'none', 'nodata'] as const).map((cls) => ({
      color: palette.classes[cls],
      label: CLASS_LABELS[cls],
      hatch:
        cls === undated
          ? { color: palette.hatch, opacity: cls === 'undatedpast' ? PAST_HATCH_OPACITY : 1 }
          : null,
    })),
  ];
}

export interface Placed {
  x: number;
  row: number;
}

/**
 * Places legend entries left to right in rows that fit `width` (CSS px), given each label's
 * measured width; an entry wider than a row still gets a row of its own.
 */
export function layoutLegend(labelWidths: number[], width: number): { placed: Placed[]; rows: number } {
  let x = MARGIN;
  let row = 0;
  const placed = labelWidths.map((labelWidth) => {
    const w = SWATCH + SWATCH_GAP + labelWidth + ENTRY_GAP;
    if (x + w > width - MARGIN && x > MARGIN) {
      row += 1;
      x = MARGIN;
    }
    const at = { x, row };
    x += w;
    return at;
  });
  return { placed, rows: labelWidths.length === 0 ? 0 : row + 1 };
}

/** Where the parts of the picture go, in CSS px, and its size in device pixels at `scale`. */
export function pngFrame(
  map: { width: number; height: number },
  rows: number,
  scale: number,
): { width: number; height: number; legendTop: number; attributionY: number } {
  const legendTop = HEADER + map.height + 8;
  const attributionY = legendTop + rows * ROW + 8;
  const footer = 8 + rows * ROW + 26;
  return {
    width: Math.round(map.width * scale),
    height: Math.round((map.height + HEADER + footer) * scale),
    legendTop,
    attributionY,
  };
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The map's width in the picture (CSS px): the width it has with no notes panel beside it (the
 * panel's room is given back), so that opening a country's notes does not shrink the picture.
 * A panel over the map (a phone's sheet) or below it (an embed's flow layout) takes no width
 * from it, so nothing is added for it.
 */
export function snapshotWidth(map: Box, panel: Box | null): number {
  const beside =
    panel !== null &&
    panel.left >= map.left + map.width - 1 &&
    panel.top < map.top + map.height &&
    panel.top + panel.height > map.top;
  return Math.round(map.width + (beside ? panel.width : 0));
}

/** The stripes of a hatched swatch: 45° lines every `spacing` px, as the map's 8 px pattern. */
export function hatchLines(
  x: number,
  y: number,
  size: number,
  spacing = 4,
): [number, number, number, number][] {
  const lines: [number, number, number, number][] = [];
  // Lines from bottom-left to top-right, each offset along x, clipped by the caller to the square.
  for (let d = -size; d <= size; d += spacing) lines.push([x + d, y + size, x + d + size, y]);
  return lines;
}
